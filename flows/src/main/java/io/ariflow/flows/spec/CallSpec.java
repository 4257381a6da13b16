package io.ariflow.flows.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs another flow as a sub-flow ({@code type: call}) and comes back with what its {@code return} step
 * gave ({@code steps.<id>.<name>}). The callee sees the arguments as {@code args.<name>}.
 *
 * @param common id, next, on, timeout, location
 * @param flow the called flow's id (checked against the catalog at load time)
 * @param args argument name -> value
 */
public record CallSpec(StepCommon common, String flow, Map<String, ValueSpec> args) implements StepSpec {

  /** The sub-flow reached a {@code return}. */
  public static final String RETURNED = "returned";

  /** Copies the arguments, keeping their order. */
  public CallSpec {
    Objects.requireNonNull(flow, "flow");
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  @Override
  public String typeName() {
    return "call";
  }

  @Override
  public Set<String> outcomes() {
    return Set.of(RETURNED);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(RETURNED);
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
