package io.ariflow.flows.load.decl;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a step type: name, kind, whether it is required, its default, and what it means (shown by
 * editors through the JSON Schema).
 *
 * @param name the YAML key
 * @param kind how its value is read
 * @param required whether the step is invalid without it
 * @param defaultValue the value when absent (empty for optional fields without one)
 * @param doc one line of documentation
 * @param <T> the typed value
 */
public record Field<T>(String name, Kind<T> kind, boolean required, Optional<T> defaultValue, String doc) {

  /** Rejects nulls. */
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(doc, "doc");
  }

  /** A field the step cannot do without. */
  public static <T> Field<T> required(String name, Kind<T> kind, String doc) {
    return new Field<>(name, kind, true, Optional.empty(), doc);
  }

  /** A field that may be absent and has no default. */
  public static <T> Field<T> optional(String name, Kind<T> kind, String doc) {
    return new Field<>(name, kind, false, Optional.empty(), doc);
  }

  /** A field that takes {@code value} when absent. */
  public static <T> Field<T> withDefault(String name, Kind<T> kind, T value, String doc) {
    return new Field<>(name, kind, false, Optional.of(value), doc);
  }
}
