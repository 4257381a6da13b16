package io.ariflow.model.request;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the operation a concrete request addresses, e.g. {@code POST /channels/create} is
 * {@code channels.create}, not {@code channels.originateWithId}: among the templates that fit, the one
 * with the most literal segments wins.
 */
public final class OperationMatcher {

  private final List<OperationInfo> operations;

  /** A matcher over the given operations, usually {@link AriOperations#all()}. */
  public OperationMatcher(List<OperationInfo> operations) {
    this.operations = List.copyOf(operations);
  }

  /** A matcher over every operation of the model. */
  public static OperationMatcher ofAll() {
    return new OperationMatcher(AriOperations.all());
  }

  /** The operation for a method and an encoded path relative to {@code /ari} (no query string). */
  public Optional<OperationInfo> find(HttpMethod method, String path) {
    return operations.stream()
        .filter(op -> op.match(method, path).isPresent())
        .max(Comparator.comparingInt(OperationInfo::literalSegments));
  }
}
