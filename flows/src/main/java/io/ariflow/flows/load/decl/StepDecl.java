package io.ariflow.flows.load.decl;

import io.ariflow.flows.spec.StepSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A step type as data: its YAML name, documentation, fields and how a spec record is built from them. The
 * build function runs only when every field read cleanly; it may still report cross-field problems.
 *
 * @param type the YAML {@code type}
 * @param doc one line of documentation
 * @param fields the type's own fields (the common ones are added by the reader)
 * @param build makes the spec record
 */
public record StepDecl(String type, String doc, List<Field<?>> fields, Function<StepFields, StepSpec> build) {

  /** Copies the fields and rejects nulls. */
  public StepDecl {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(doc, "doc");
    fields = List.copyOf(fields);
    Objects.requireNonNull(build, "build");
  }

  /** The declared field named {@code name}. */
  public Optional<Field<?>> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Whether the type declares its own {@code timeout} (http, dial, transfer), replacing the common one. */
  public boolean ownsTimeout() {
    return field("timeout").isPresent();
  }
}
