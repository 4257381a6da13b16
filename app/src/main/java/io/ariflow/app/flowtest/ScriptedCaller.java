package io.ariflow.app.flowtest;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.InboundCall;
import io.ariflow.sim.script.ScriptCursor;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller of a test case, owned by the simulator's context: places the call with a listener on its
 * channel, walks the script with the simulator's {@link ScriptCursor}, and writes down what the caller heard:
 * the prompts the simulator started playing on the channel, and when the call left Stasis and ended. Steps
 * still waiting when the call ends are not done.
 */
final class ScriptedCaller {

  private final AriSimulator sim;
  private final InboundCall inbound;
  private final ScriptCursor<CallerStep> cursor;
  private final List<String> prompts = new ArrayList<>();
  private String channelId = "";
  private boolean leftStasis;
  private String endCause = "";

  ScriptedCaller(AriSimulator sim, InboundCall inbound, List<CallerStep> script) {
    this.sim = sim;
    this.inbound = inbound;
    this.cursor = new ScriptCursor<>(sim, script, () -> channelId);
  }

  /** Arms the script and places the call; completes with the caller's channel id. */
  Future<String> place() {
    return sim.onLoop(core -> {
      cursor.start();
      return null;
    }).compose(v -> sim.placeCall(inbound, this::onEvent));
  }

  /** Whether the channel has left the application; read it on the simulator's context. */
  boolean leftStasis() {
    return leftStasis;
  }

  /** What the caller has heard and done so far; read it on the simulator's context. */
  CallerView view() {
    List<String> pending = cursor.pending().stream().map(CallerStep::toString).toList();
    return new CallerView(channelId, prompts, leftStasis, endCause, pending, cursor.problems());
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
      cursor.stop();
    }
    cursor.onEvent(event);
  }
}
