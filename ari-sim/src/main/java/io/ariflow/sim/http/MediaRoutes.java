package io.ariflow.sim.http;

import io.ariflow.sim.core.RecordRequest;
import io.ariflow.sim.core.SimCore;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/** Play, record and snoop on channels and bridges, plus {@code /playbacks} and {@code /recordings}. */
final class MediaRoutes {

  private MediaRoutes() {}

  static void register(Router r, Supplier<SimCore> core) {
    String ch = "/ari/channels/:channelId";
    r.post(ch + "/play").handler(AriRoute.of(core, (p, c) -> Reply.created(
        c.playbacks().playOnChannel(p.path("channelId"), p.get("media"), p.get("lang"), p.get("playbackId")))));
    r.post(ch + "/play/:playbackId").handler(AriRoute.of(core, (p, c) -> Reply.created(
        c.playbacks().playOnChannel(p.path("channelId"), p.get("media"), p.get("lang"), p.path("playbackId")))));
    r.post(ch + "/record").handler(AriRoute.of(core, (p, c) -> Reply.created(
        c.recordings().recordChannel(p.path("channelId"), record(p)))));
    r.post(ch + "/snoop").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.snoops().snoop(p.path("channelId"),
        p.get("snoopId"), p.get("spy"), p.get("whisper"), p.get("app"), ChannelRoutes.args(p)))));
    r.post(ch + "/snoop/:snoopId").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.snoops().snoop(
        p.path("channelId"), p.path("snoopId"), p.get("spy"), p.get("whisper"), p.get("app"),
        ChannelRoutes.args(p)))));
    String br = "/ari/bridges/:bridgeId";
    r.post(br + "/play").handler(AriRoute.of(core, (p, c) -> Reply.created(
        c.playbacks().playOnBridge(p.path("bridgeId"), p.get("media"), p.get("lang"), p.get("playbackId")))));
    r.post(br + "/play/:playbackId").handler(AriRoute.of(core, (p, c) -> Reply.created(
        c.playbacks().playOnBridge(p.path("bridgeId"), p.get("media"), p.get("lang"), p.path("playbackId")))));
    r.post(br + "/record").handler(AriRoute.of(core, (p, c) -> Reply.created(
        c.recordings().recordBridge(p.path("bridgeId"), record(p)))));
    String pb = "/ari/playbacks/:playbackId";
    r.get(pb).handler(AriRoute.of(core, (p, c) -> Reply.ok(c.playbacks().get(p.path("playbackId")))));
    r.delete(pb).handler(AriRoute.of(core, (p, c) -> {
      c.playbacks().stop(p.path("playbackId"));
      return Reply.noContent();
    }));
    r.post(pb + "/control").handler(AriRoute.of(core, (p, c) -> {
      c.playbacks().control(p.path("playbackId"), p.get("operation"));
      return Reply.noContent();
    }));
    registerRecordings(r, core);
  }

  private static void registerRecordings(Router r, Supplier<SimCore> core) {
    String live = "/ari/recordings/live/:recordingName";
    r.get(live).handler(AriRoute.of(core, (p, c) -> Reply.ok(c.recordings().getLive(p.path("recordingName")))));
    r.delete(live).handler(AriRoute.of(core, (p, c) -> {
      c.recordings().cancel(p.path("recordingName"));
      return Reply.noContent();
    }));
    r.post(live + "/stop").handler(AriRoute.of(core, (p, c) -> {
      c.recordings().stop(p.path("recordingName"));
      return Reply.noContent();
    }));
    r.post(live + "/pause").handler(AriRoute.of(core, (p, c) -> pause(c, p, true)));
    r.delete(live + "/pause").handler(AriRoute.of(core, (p, c) -> pause(c, p, false)));
    r.post(live + "/mute").handler(AriRoute.of(core, (p, c) -> mute(c, p)));
    r.delete(live + "/mute").handler(AriRoute.of(core, (p, c) -> mute(c, p)));
    String stored = "/ari/recordings/stored/:recordingName";
    r.get("/ari/recordings/stored").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.recordings().listStored())));
    r.get(stored).handler(AriRoute.of(core, (p, c) -> Reply.ok(c.recordings().getStored(p.path("recordingName")))));
    r.get(stored + "/file").handler(AriRoute.of(core, (p, c) ->
        Reply.ok(c.recordings().storedFile(p.path("recordingName")))));
    r.delete(stored).handler(AriRoute.of(core, (p, c) -> {
      c.recordings().deleteStored(p.path("recordingName"));
      return Reply.noContent();
    }));
    r.post(stored + "/copy").handler(AriRoute.of(core, (p, c) -> Reply.ok(
        c.recordings().copyStored(p.path("recordingName"), p.get("destinationRecordingName")))));
  }

  private static Reply pause(SimCore c, Params p, boolean pause) {
    c.recordings().pause(p.path("recordingName"), pause);
    return Reply.noContent();
  }

  private static Reply mute(SimCore c, Params p) {
    c.recordings().mute(p.path("recordingName"));
    return Reply.noContent();
  }

  private static RecordRequest record(Params p) {
    return new RecordRequest(p.get("name"), p.get("format"), p.integer("maxDurationSeconds", 0),
        p.integer("maxSilenceSeconds", 0), p.get("ifExists"), p.bool("beep"), p.get("terminateOn"));
  }
}
