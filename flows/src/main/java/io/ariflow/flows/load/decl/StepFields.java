package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.spec.StepCommon;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one step's fields, read through their declarations, handed to {@link StepDecl#build}.
 * Asking for a field the declaration does not list is a programming error and throws.
 */
public final class StepFields {

  private final StepDecl decl;
  private final StepCommon common;
  private final Map<String, Object> values;
  private final YamlMap node;
  private final ReadContext context;

  /** Values read for {@code decl} from {@code node}; absent optional fields are missing from {@code values}. */
  public StepFields(StepDecl decl, StepCommon common, Map<String, Object> values, YamlMap node,
      ReadContext context) {
    this.decl = decl;
    this.common = common;
    this.values = Map.copyOf(values);
    this.node = node;
    this.context = context;
  }

  /** The common fields. */
  public StepCommon common() {
    return common;
  }

  /** The value of a required field or of one with a default. */
  public <T> T get(Field<T> field) {
    return optional(field).orElseThrow(() -> new IllegalStateException(
        "field '" + field.name() + "' of " + decl.type() + " has neither a value nor a default"));
  }

  /** The value of a field: as written, else its default, else empty. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> optional(Field<T> field) {
    checkDeclared(field);
    Object value = values.get(field.name());
    return value != null ? Optional.of((T) value) : field.defaultValue();
  }

  /** Whether the field was written in the YAML. */
  public boolean written(Field<?> field) {
    checkDeclared(field);
    return node.get(field.name()).isPresent();
  }

  /** The YAML node of a written field, else the step itself (where to point a cross-field problem). */
  public YamlNode nodeOf(Field<?> field) {
    return node.get(field.name()).orElse(node);
  }

  /** Where to report problems. */
  public ReadContext context() {
    return context;
  }

  /** The step's YAML mapping (custom steps read their parameters from it). */
  public YamlMap node() {
    return node;
  }

  private void checkDeclared(Field<?> field) {
    if (decl.field(field.name()).filter(f -> f == field).isEmpty()) {
      throw new IllegalStateException("field '" + field.name() + "' is not declared by " + decl.type());
    }
  }
}
