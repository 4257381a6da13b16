package io.ariflow.sim.script;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One step of a caller's script: optionally wait for an event on the call ({@code on}), then wait
 * {@code after} (counted from the event, or from the previous step), then {@link CallAction act}.
 *
 * @param on the event to wait for first, if any
 * @param after delay before acting; zero acts at once
 * @param action what the caller does
 */
public record ScriptStep(Optional<CallEvent> on, Duration after, CallAction action) implements ScriptCursor.Step {

  public ScriptStep {
    if (after.isNegative()) {
      throw new IllegalArgumentException("after must not be negative: " + after);
    }
  }

  public static ScriptStep on(CallEvent event, CallAction action) {
    return new ScriptStep(Optional.of(event), Duration.ZERO, action);
  }

  public static ScriptStep after(Duration delay, CallAction action) {
    return new ScriptStep(Optional.empty(), delay, action);
  }

  @Override
  public Optional<Predicate<JsonObject>> waitFor() {
    return on.map(event -> event::matches);
  }

  @Override
  public String toString() {
    return on.map(e -> "on " + e.yamlName() + " ").orElse("") + (after.isZero() ? "" : "after " + Durations.format(after) + " ")
        + action;
  }
}
