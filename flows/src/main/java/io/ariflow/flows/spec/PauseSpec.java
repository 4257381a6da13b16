package io.ariflow.flows.spec;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Waits, on the engine's timers ({@code type: pause}).
 *
 * @param common id, next, on, timeout, location
 * @param duration how long to wait
 */
public record PauseSpec(StepCommon common, Duration duration) implements StepSpec {

  /** Rejects a null duration. */
  public PauseSpec {
    Objects.requireNonNull(duration, "duration");
  }

  @Override
  public String typeName() {
    return "pause";
  }

  @Override
  public Set<String> outcomes() {
    return Set.of(Outcomes.DONE);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(Outcomes.DONE);
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
