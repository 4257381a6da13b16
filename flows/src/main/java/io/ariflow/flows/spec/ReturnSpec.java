package io.ariflow.flows.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Ends a sub-flow and hands values back to the caller's {@code call} step ({@code type: return}). In a flow
 * started by Stasis() it ends the run like {@code continue}.
 *
 * @param common id, next, on, timeout, location
 * @param values name -> value returned
 */
public record ReturnSpec(StepCommon common, Map<String, ValueSpec> values) implements StepSpec {

  /** Copies the values, keeping their order. */
  public ReturnSpec {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  @Override
  public String typeName() {
    return "return";
  }

  @Override
  public Set<String> outcomes() {
    return Set.of();
  }

  @Override
  public boolean canEnd() {
    return true;
  }
}
