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
 * walks its script with a {@link ScriptCursor} and completes when the channel is destroyed. Steps still
 * waiting when the call ends are simply not performed.
 */
final class ScriptedCall {

  private static final Logger LOG = LoggerFactory.getLogger(ScriptedCall.class);

  private final AriSimulator sim;
  private final String label;
  private final InboundCall inbound;
  private final ScriptCursor<ScriptStep> cursor;
  private final Promise<CallOutcome> outcome = Promise.promise();
  private final List<String> events = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private String channelId = "";

  ScriptedCall(AriSimulator sim, String label, InboundCall inbound, List<ScriptStep> script) {
    this.sim = sim;
    this.label = label;
    this.inbound = inbound;
    this.cursor = new ScriptCursor<>(sim, script, () -> channelId);
  }

  /** Places the call; must run on the simulator's context. Completes when the call has ended. */
  Future<CallOutcome> start() {
    cursor.start();
    sim.placeCall(inbound, this::onEvent).onFailure(this::notPlaced);
    return outcome.future();
  }

  /** Ends a call that is still up (the run is being stopped). */
  void stop() {
    cursor.stop();
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
      cursor.stop();
      LOG.debug("{} ended on channel {} after steps {}", label, channelId, cursor.done());
      sim.clock().schedule(Duration.ZERO, this::complete);
    } else {
      cursor.onEvent(event);
    }
  }

  /** Runs as its own task, so that whoever awaits the run never acts in the middle of the channel's teardown. */
  private void complete() {
    outcome.tryComplete(outcome());
  }

  private void notPlaced(Throwable failure) {
    cursor.stop();
    problems.add("could not be placed: " + failure.getMessage());
    outcome.tryComplete(outcome());
  }

  private CallOutcome outcome() {
    List<String> all = new ArrayList<>(problems);
    all.addAll(cursor.problems());
    return new CallOutcome(label, channelId, events, cursor.done().stream().map(ScriptStep::toString).toList(), all);
  }
}
