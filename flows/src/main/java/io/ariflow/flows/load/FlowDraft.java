package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.spec.Fallback;
import io.ariflow.flows.spec.FlowSpec;
import io.ariflow.flows.spec.Location;
import io.ariflow.flows.spec.StepSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One flow document as read, before the flow-wide checks: every step (built or not), what the flow level
 * mentions, and its own problems. Becomes a {@link FlowSpec} only when nothing found an error.
 *
 * @param id the flow id
 * @param file the file it came from
 * @param location where the document starts
 * @param idLocation where the id is written
 * @param description free text
 * @param start the start step id
 * @param variables declared variables and initial values
 * @param variableLocations where each variable is declared
 * @param fallback the declared fallback, empty when the flow declares none
 * @param timezone the zone, if given
 * @param steps every step in file order
 * @param facts what the flow level mentions (start and fallback targets)
 * @param problems this flow's problems so far
 */
record FlowDraft(String id, String file, Location location, Location idLocation, String description, String start,
    Map<String, Object> variables, Map<String, Location> variableLocations, Optional<Fallback> fallback,
    Optional<String> timezone, List<ReadStep> steps, ReadContext facts, Problems problems) {

  /** The ids of all steps, built or not. */
  Set<String> stepIds() {
    return steps.stream().map(ReadStep::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** The built steps by id, in file order. */
  Map<String, StepSpec> built() {
    Map<String, StepSpec> built = new LinkedHashMap<>();
    steps.forEach(s -> s.spec().ifPresent(spec -> built.put(s.id(), spec)));
    return built;
  }

  /** Whether every step was built. */
  boolean complete() {
    return steps.stream().allMatch(s -> s.spec().isPresent());
  }

  /** The spec, when nothing reported an error. */
  Optional<FlowSpec> toSpec() {
    if (problems.hasErrors() || !complete()) {
      return Optional.empty();
    }
    return Optional.of(new FlowSpec(id, description, start, variables, fallback, built(), location, timezone));
  }
}
