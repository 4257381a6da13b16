package io.ariflow.sim.script;

import io.ariflow.sim.AriSimulator;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Walks one caller's script on the simulator's clock: waits for the step's event (if any), then its delay,
 * then acts on the caller's channel through the control API. Shared by the scenario callers and the flow-test
 * runner's caller, whose steps wait for different things. Owned by the simulator's context; stopping it (the
 * call ended) leaves the remaining steps undone.
 *
 * @param <S> the kind of step
 */
public final class ScriptCursor<S extends ScriptCursor.Step> {

  /** One step as the cursor needs it. */
  public interface Step {

    /** What to wait for before the delay starts; empty counts the delay from the previous step. */
    Optional<Predicate<JsonObject>> waitFor();

    /** The delay before acting. */
    Duration after();

    /** What the caller does. */
    CallAction action();
  }

  private final AriSimulator sim;
  private final List<S> script;
  private final Supplier<String> channel;
  private final List<String> problems = new ArrayList<>();
  private int next;
  private Predicate<JsonObject> awaited;
  private long timer = -1;
  private boolean stopped;

  /**
   * A cursor at the first step of {@code script}, acting on the channel {@code channel} names when the time comes.
   */
  public ScriptCursor(AriSimulator sim, List<S> script, Supplier<String> channel) {
    this.sim = sim;
    this.script = List.copyOf(script);
    this.channel = channel;
  }

  /** Prepares the first step; call on the simulator's context before the call is placed. */
  public void start() {
    arm();
  }

  /** One event on the caller's channel: it may be what the current step waits for. */
  public void onEvent(JsonObject event) {
    if (!stopped && awaited != null && awaited.test(event)) {
      awaited = null;
      later(script.get(next).after());
    }
  }

  /** The call is over: no further step acts. */
  public void stop() {
    stopped = true;
    if (timer != -1) {
      sim.clock().cancel(timer);
      timer = -1;
    }
  }

  /** The steps performed so far, in order. */
  public List<S> done() {
    return script.subList(0, Math.min(next, script.size()));
  }

  /** The steps not performed yet, in order. */
  public List<S> pending() {
    return script.subList(Math.min(next, script.size()), script.size());
  }

  /** The actions the simulator refused, each with its step. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void arm() {
    if (next >= script.size()) {
      return;
    }
    S step = script.get(next);
    Optional<Predicate<JsonObject>> trigger = step.waitFor();
    if (trigger.isPresent()) {
      awaited = trigger.get();
    } else {
      later(step.after());
    }
  }

  /** Acts after {@code delay} on the simulator's clock, never inside the event that triggered it. */
  private void later(Duration delay) {
    timer = sim.clock().schedule(delay, this::act);
  }

  private void act() {
    timer = -1;
    if (stopped) {
      return;
    }
    S step = script.get(next++);
    perform(step.action(), channel.get()).onFailure(e -> problems.add(step + ": " + e.getMessage()));
    arm();
  }

  private Future<Void> perform(CallAction action, String channelId) {
    if (action instanceof CallAction.Press press) {
      return sim.callerSendsDtmf(channelId, press.digits());
    } else if (action instanceof CallAction.Talk talk) {
      return sim.callerTalks(channelId, talk.length());
    } else if (action instanceof CallAction.Hold) {
      return sim.callerHolds(channelId);
    } else if (action instanceof CallAction.Unhold) {
      return sim.callerUnholds(channelId);
    }
    return sim.callerHangsUp(channelId);
  }
}
