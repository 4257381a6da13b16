package io.ariflow.app.flowtest;

import io.ariflow.flows.spec.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * The end a test case expects: a kind and, optionally, its detail. A failure's detail matches when the
 * reason contains it; any other detail must be equal ({@code transferred: "104"}, {@code hangup: busy}).
 *
 * @param kind the expected kind
 * @param detail the expected detail; empty accepts any
 * @param location where the expectation is written
 */
public record ExpectedOutcome(OutcomeKind kind, Optional<String> detail, Location location) {

  /** Rejects missing parts. */
  public ExpectedOutcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(location, "location");
  }

  /** Whether {@code actual} is this end. */
  public boolean matches(Outcome actual) {
    if (actual.kind() != kind) {
      return false;
    }
    return detail.map(d -> kind == OutcomeKind.FAILED ? actual.detail().contains(d) : actual.detail().equals(d))
        .orElse(true);
  }

  /** The expectation in the words of {@link Outcome#describe()}. */
  public String describe() {
    String text = new Outcome(kind, detail.orElse("")).describe();
    return kind == OutcomeKind.FAILED && detail.isPresent() ? "failed with a reason containing '" + detail.get() + "'"
        : text;
  }
}
