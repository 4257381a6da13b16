package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.spec.Location;
import io.ariflow.flows.spec.StepSpec;
import java.util.Optional;

/**
 * One step as read: its id and place, the spec when its fields were usable, and the step ids, variables and
 * prompts it mentions (known even when the spec could not be built, so later checks still see them).
 *
 * @param id the step id
 * @param location where the id is written
 * @param spec the built step, empty when its fields had errors
 * @param facts what the step mentions
 */
record ReadStep(String id, Location location, Optional<StepSpec> spec, ReadContext facts) {
}
