package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.yaml.ScalarType;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import java.util.Map;
import java.util.Optional;

/**
 * A kind whose value is one non-null scalar; anything else is reported as "must be X, not Y".
 *
 * @param expected what the value must be, for messages ("a whole number of at least 1")
 * @param schema the JSON Schema of the value
 * @param reader reads the scalar (reporting its own problems)
 * @param <T> the typed value
 */
public record ScalarKind<T>(String expected, Map<String, Object> schema, Reader<T> reader) implements Kind<T> {

  /** Reads a scalar already known to be non-null. */
  @FunctionalInterface
  public interface Reader<T> {
    /** The value, or empty after reporting a problem. */
    Optional<T> read(YamlScalar scalar, String field, ReadContext context);
  }

  @Override
  public Optional<T> read(YamlNode node, String field, ReadContext context) {
    if (node instanceof YamlScalar scalar && scalar.type() != ScalarType.NULL) {
      return reader.read(scalar, field, context);
    }
    context.error(node, Messages.wrong(field, expected, node));
    return Optional.empty();
  }
}
