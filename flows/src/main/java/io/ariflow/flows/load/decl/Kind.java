package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;

/**
 * How one kind of field value is read from YAML and described in the JSON Schema. Reading reports its own
 * problems (naming the field) and returns empty when the value is unusable.
 *
 * @param <T> the typed value
 */
public interface Kind<T> {

  /** The value of {@code node} for field {@code field}, or empty after reporting why it is unusable. */
  Optional<T> read(YamlNode node, String field, ReadContext context);

  /** The JSON Schema of the value (without description), as plain maps and lists. */
  Map<String, Object> schema();
}
