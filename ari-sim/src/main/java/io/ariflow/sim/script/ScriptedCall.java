package io.ariflow.sim.script;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.InboundCall;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scripted caller, owned by the simulator's context: places its call with a listener on the channel,
 * walks its script (wait for an event, wait a delay, act through the control API) and completes when the
 * channel is destroyed. Steps still waiting when the call ends are simply not performed.
 */
final class ScriptedCall {

  private static final Logger LOG = LoggerFactory.getLogger(ScriptedCall.class);

  private final AriSimulator sim;
  private final String label;
  private final InboundCall inbound;
  private final List<ScriptStep> script;
  private final Promise<CallOutcome> outcome = Promise.promise();
  private final List<String> events = new ArrayList<>();
  private final List<String> done = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private String channelId = "";
  private int next;
  private CallEvent awaited;
  private long timer = -1;

  ScriptedCall(AriSimulator sim, String label, InboundCall inbound, List<ScriptStep> script) {
    this.sim = sim;
    this.label = label;
    this.inbound = inbound;
    this.script = script;
  }

  /** Places the call; must run on the simulator's context. Completes when the call has ended. */
  Future<CallOutcome> start() {
    arm();
    sim.placeCall(inbound, this::onEvent).onFailure(this::notPlaced);
    return outcome.future();
  }

  /** Ends a call that is still up (the run is being stopped). */
  void stop() {
    cancelTimer();
    if (!outcome.future().isComplete() && !channelId.isEmpty()) {
      sim.callerHangsUp(channelId);
    }
  }

  private void onEvent(JsonObject event) {
    String type = event.getString("type");
    events.add(type);
    if (channelId.isEmpty() && event.getJsonObject("channel") != null) {
      channelId = event.getJsonObject("channel").getString("id");
    }
    if ("ChannelDestroyed".equals(type)) {
      cancelTimer();
      LOG.debug("{} ended on channel {} after steps {}", label, channelId, done);
      sim.clock().schedule(Duration.ZERO, this::complete);
    } else if (awaited != null && awaited.matches(event)) {
      awaited = null;
      later(script.get(next).after());
    }
  }

  /** Prepares the next step: wait for its event, or count down its delay. */
  private void arm() {
    if (next >= script.size()) {
      return;
    }
    ScriptStep step = script.get(next);
    if (step.on().isPresent()) {
      awaited = step.on().get();
    } else {
      later(step.after());
    }
  }

  /** Acts after {@code delay} on the simulator's clock (never inside the event that triggered it). */
  private void later(Duration delay) {
    timer = sim.clock().schedule(delay, this::act);
  }

  private void act() {
    timer = -1;
    if (outcome.future().isComplete()) {
      return;
    }
    ScriptStep step = script.get(next++);
    done.add(step.toString());
    perform(step.action()).onFailure(e -> problems.add(step + ": " + e.getMessage()));
    arm();
  }

  private Future<Void> perform(CallAction action) {
    if (action instanceof CallAction.Press p) {
      return sim.callerSendsDtmf(channelId, p.digits());
    } else if (action instanceof CallAction.Talk t) {
      return sim.callerTalks(channelId, t.length());
    } else if (action instanceof CallAction.Hold) {
      return sim.callerHolds(channelId);
    } else if (action instanceof CallAction.Unhold) {
      return sim.callerUnholds(channelId);
    }
    return sim.callerHangsUp(channelId);
  }

  /** Runs as its own task, so that whoever awaits the run never acts in the middle of the channel's teardown. */
  private void complete() {
    outcome.tryComplete(new CallOutcome(label, channelId, events, done, problems));
  }

  private void notPlaced(Throwable failure) {
    cancelTimer();
    problems.add("could not be placed: " + failure.getMessage());
    outcome.tryComplete(new CallOutcome(label, channelId, events, done, problems));
  }

  private void cancelTimer() {
    if (timer != -1) {
      sim.clock().cancel(timer);
      timer = -1;
    }
  }
}
