package io.ariflow.flows.steps;

import java.util.Objects;

/**
 * One parameter a custom step type declares, so the validator can check a flow's use of it at load time.
 *
 * @param name the YAML field name
 * @param kind the value's kind
 * @param required whether a flow must give it
 * @param description one line for error messages and docs
 */
public record CustomParameter(String name, Kind kind, boolean required, String description) {

  /** Rejects missing parts. */
  public CustomParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
  }

  /** The YAML shape a parameter takes. */
  public enum Kind {
    /** A string; a template when the step renders it. */
    TEXT,
    /** A number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** A duration such as {@code 5s}. */
    DURATION,
    /** A list. */
    LIST,
    /** A mapping. */
    MAP,
    /** Anything. */
    ANY
  }
}
