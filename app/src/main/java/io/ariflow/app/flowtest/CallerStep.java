package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Durations;
import io.ariflow.flows.spec.Location;
import io.ariflow.sim.script.CallAction;
import io.ariflow.sim.script.ScriptCursor;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One step of what the caller does: wait for the trigger (if any), then {@code after} (counted from the
 * trigger, or from the previous step), then act. The actions are the simulator's scripted-caller actions.
 *
 * @param trigger what to wait for first; empty counts {@code after} from the previous step (or the call's start)
 * @param after the delay before acting
 * @param action what the caller does
 * @param location where the step is written
 */
public record CallerStep(Optional<Trigger> trigger, Duration after, CallAction action, Location location)
    implements ScriptCursor.Step {

  /** Rejects missing parts and negative delays. */
  public CallerStep {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(location, "location");
    if (after.isNegative()) {
      throw new IllegalArgumentException("after must not be negative: " + after);
    }
  }

  @Override
  public Optional<Predicate<JsonObject>> waitFor() {
    return trigger.map(awaited -> awaited::matches);
  }

  @Override
  public String toString() {
    return trigger.map(t -> t + " ").orElse("") + (after.isZero() ? "" : "after " + Durations.format(after) + " ")
        + action;
  }
}
