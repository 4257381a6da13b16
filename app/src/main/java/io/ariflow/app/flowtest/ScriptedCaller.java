package io.ariflow.app.flowtest;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.InboundCall;
import io.ariflow.sim.script.CallAction;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller of a test case, owned by the simulator's context: places the call with a listener on its
 * channel, walks the script (wait for the trigger, wait the delay on the simulator's clock, act through
 * the control API), and writes down what the caller heard: the prompts the simulator started playing on
 * the channel, and when the call left Stasis and ended. Steps still waiting when the call ends are not done.
 */
final class ScriptedCaller {

  private final AriSimulator sim;
  private final InboundCall inbound;
  private final List<CallerStep> script;
  private final List<String> prompts = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private String channelId = "";
  private int next;
  private Trigger awaited;
  private long timer = -1;
  private boolean leftStasis;
  private String endCause = "";

  ScriptedCaller(AriSimulator sim, InboundCall inbound, List<CallerStep> script) {
    this.sim = sim;
    this.inbound = inbound;
    this.script = List.copyOf(script);
  }

  /** Arms the script and places the call; completes with the caller's channel id. */
  Future<String> place() {
    return sim.onLoop(core -> {
      arm();
      return null;
    }).compose(v -> sim.placeCall(inbound, this::onEvent));
  }

  /** Whether the channel has left the application; read it on the simulator's context. */
  boolean leftStasis() {
    return leftStasis;
  }

  /** What the caller has heard and done so far; read it on the simulator's context. */
  CallerView view() {
    List<String> pending = script.subList(Math.min(next, script.size()), script.size()).stream()
        .map(CallerStep::toString).toList();
    return new CallerView(channelId, prompts, leftStasis, endCause, pending, problems);
  }

  private void onEvent(JsonObject event) {
    String type = event.getString("type");
    if (channelId.isEmpty() && event.getJsonObject("channel") != null) {
      channelId = event.getJsonObject("channel").getString("id");
    }
    if ("PlaybackStarted".equals(type)) {
      prompts.add(event.getJsonObject("playback").getString("media_uri"));
    } else if ("StasisEnd".equals(type)) {
      leftStasis = true;
    } else if ("ChannelDestroyed".equals(type)) {
      leftStasis = true;
      endCause = event.getString("cause_txt", "");
      cancelTimer();
    }
    if (awaited != null && awaited.matches(event)) {
      awaited = null;
      later(script.get(next).after());
    }
  }

  /** Prepares the next step: wait for its trigger, or count down its delay. */
  private void arm() {
    if (next >= script.size()) {
      return;
    }
    CallerStep step = script.get(next);
    if (step.trigger().isPresent()) {
      awaited = step.trigger().get();
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
    if (!endCause.isEmpty()) {
      return;
    }
    CallerStep step = script.get(next++);
    perform(step.action()).onFailure(e -> problems.add(step + ": " + e.getMessage()));
    arm();
  }

  private Future<Void> perform(CallAction action) {
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

  private void cancelTimer() {
    if (timer != -1) {
      sim.clock().cancel(timer);
      timer = -1;
    }
  }
}
