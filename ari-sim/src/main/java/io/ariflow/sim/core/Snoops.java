package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * Snoop channels ({@code Snoop/<target>-0000000N}): created Up, straight into Stasis with the given args.
 * They end with StasisEnd only; when the target hangs up they leave their bridge and Stasis without a
 * ChannelHangupRequest.
 */
public final class Snoops {

  private static final Set<String> DIRECTIONS = Set.of("none", "both", "out", "in");

  private final SimCore core;

  Snoops(SimCore core) {
    this.core = core;
  }

  public JsonObject snoop(String targetId, String snoopId, String spy, String whisper, String app,
      List<String> args) {
    Channel target = core.channelRegistry.require(targetId);
    String s = spy == null ? "none" : spy;
    String w = whisper == null ? "none" : whisper;
    if (!DIRECTIONS.contains(s) || !DIRECTIONS.contains(w)) {
      throw AriError.badRequest("Invalid direction specified");
    }
    if (s.equals("none") && w.equals("none")) {
      throw AriError.badRequest("Direction must be specified for at least spy or whisper");
    }
    if (app == null || app.isEmpty()) {
      throw AriError.badRequest("Missing parameter app");
    }
    core.channelRegistry.checkFreeId(snoopId);
    String name = "Snoop/" + target.id + "-" + core.ids.nextSnoopSuffix();
    Channel snoop = core.channelRegistry.create(snoopId, name, ChannelKind.SNOOP, ChannelState.UP);
    snoop.location("default", "s", 1, "", "");
    snoop.snoopTarget = target;
    snoop.answeredOnce = true;
    target.addSnoop(snoop);
    core.channelRegistry.announceCreated(snoop);
    JsonObject response = core.channelRegistry.json(snoop);
    if (target.bridge != null) {
      core.bridgePeers.reannounce(target.bridge, null);
    }
    if (!core.stasis.enter(snoop, app, args)) {
      core.teardown.hangup(snoop, Teardown.Request.NONE, HangupCause.NORMAL);
    }
    return response;
  }
}
