package io.ariflow.sim.core;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Live recordings (RecordingStarted, then RecordingFinished when stopped, at maxDurationSeconds, at
 * maxSilenceSeconds of silence, on a terminateOn digit or at hangup) and the stored recordings they leave.
 */
public final class Recordings {

  private static final Set<String> FORMATS = Set.of("wav", "gsm", "ulaw", "alaw", "sln", "g722", "g729", "wav49");
  private static final long BEEP_MS = 440;

  private final SimCore core;
  private final Map<String, LiveRecording> live = new LinkedHashMap<>();
  private final Map<String, StoredRecording> stored;

  Recordings(SimCore core, Map<String, StoredRecording> stored) {
    this.core = core;
    this.stored = stored;
  }

  public JsonObject recordChannel(String channelId, RecordRequest r) {
    Channel ch = core.channelRegistry.requireMediaCapable(channelId);
    LiveRecording rec = prepare(r, ch, null);
    ch.recording = rec;
    return start(rec, r);
  }

  public JsonObject recordBridge(String bridgeId, RecordRequest r) {
    Bridge bridge = core.bridges().require(bridgeId);
    LiveRecording rec = prepare(r, null, bridge);
    bridge.recording = rec;
    bridge.recorderName = core.bridges().pseudoName(bridge, "Recorder/ARI-");
    return start(rec, r);
  }

  public JsonObject getLive(String name) {
    return requireLive(name).toJson();
  }

  public void stop(String name) {
    finish(requireLive(name), "done");
  }

  public void cancel(String name) {
    finish(requireLive(name), "canceled");
  }

  public void pause(String name, boolean pause) {
    LiveRecording rec = requireLive(name);
    long now = core.clock.now().toEpochMilli();
    if (pause && rec.pausedSince < 0) {
      rec.pausedSince = now;
      rec.state = "paused";
    } else if (!pause && rec.pausedSince >= 0) {
      rec.pausedTotalMs += now - rec.pausedSince;
      rec.pausedSince = -1;
      rec.state = "recording";
    }
  }

  /** Mute/unmute: 204 with no visible effect. */
  public void mute(String name) {
    requireLive(name);
  }

  public JsonArray listStored() {
    JsonArray all = new JsonArray();
    stored.values().forEach(s -> all.add(s.toJson()));
    return all;
  }

  public JsonObject getStored(String name) {
    return requireStored(name).toJson();
  }

  public Buffer storedFile(String name) {
    StoredRecording s = requireStored(name);
    return Buffer.buffer(new byte[(int) Math.min(1_000_000, s.durationMs() * 16)]);
  }

  public void deleteStored(String name) {
    requireStored(name);
    stored.remove(name);
  }

  public JsonObject copyStored(String name, String destination) {
    StoredRecording s = requireStored(name);
    if (destination == null || destination.isEmpty()) {
      throw AriError.badRequest("Missing parameter destinationRecordingName");
    }
    if (stored.containsKey(destination)) {
      throw AriError.of(409, "A recording with the same name already exists on the system");
    }
    StoredRecording copy = new StoredRecording(destination, s.format(), s.durationMs());
    stored.put(destination, copy);
    return copy.toJson();
  }

  /** Stored recordings can be played back with {@code recording:<name>}. */
  OptionalLong storedDurationMs(String name) {
    StoredRecording s = stored.get(name);
    return s == null ? OptionalLong.empty() : OptionalLong.of(s.durationMs());
  }

  void dtmf(Channel ch, String digit) {
    LiveRecording rec = ch.recording;
    if (rec != null && rec.terminateOn != null && !rec.terminateOn.equals("none")
        && (rec.terminateOn.equals("any") || rec.terminateOn.equals(digit))) {
      finish(rec, "done");
    }
  }

  void channelGone(Channel ch) {
    if (ch.recording != null) {
      finish(ch.recording, "done");
    }
  }

  void bridgeGone(Bridge bridge) {
    if (bridge.recording != null) {
      finish(bridge.recording, "done");
    }
  }

  private LiveRecording prepare(RecordRequest r, Channel ch, Bridge bridge) {
    if (r.name() == null || r.name().isEmpty()) {
      throw AriError.badRequest("Recording name is required");
    }
    if (r.format() == null || r.format().isEmpty()) {
      throw AriError.badRequest("Format is required");
    }
    if (!FORMATS.contains(r.format())) {
      throw AriError.of(422, "Format is unknown");
    }
    String ifExists = r.ifExists() == null ? "fail" : r.ifExists();
    if (!Set.of("fail", "overwrite", "append").contains(ifExists)) {
      throw AriError.badRequest("ifExists is invalid");
    }
    if (live.containsKey(r.name())) {
      throw AriError.of(409, "Recording '" + r.name() + "' already in progress");
    }
    if (ifExists.equals("fail") && stored.containsKey(r.name())) {
      throw AriError.of(409, "Recording '" + r.name() + "' already exists");
    }
    return new LiveRecording(r.name(), r.format(), ch, bridge, r.terminateOn(), ifExists.equals("append"));
  }

  private JsonObject start(LiveRecording rec, RecordRequest r) {
    live.put(rec.name, rec);
    JsonObject response = rec.toJson();
    long beep = r.beep() ? BEEP_MS : 0;
    rec.state = "recording";
    rec.startedMillis = core.clock.now().toEpochMilli() + beep;
    emit(rec, "RecordingStarted");
    long limitMs = r.maxDurationSeconds() > 0 ? r.maxDurationSeconds() * 1000L : 0;
    if (r.maxSilenceSeconds() > 0 && (limitMs == 0 || r.maxSilenceSeconds() * 1000L < limitMs)) {
      limitMs = r.maxSilenceSeconds() * 1000L;
    }
    if (limitMs > 0) {
      rec.timer = core.schedule(Duration.ofMillis(beep + limitMs), () -> finish(rec, "done"));
    }
    return response;
  }

  private void finish(LiveRecording rec, String state) {
    if (live.remove(rec.name) == null) {
      return;
    }
    core.cancel(rec.timer);
    long now = core.clock.now().toEpochMilli();
    long paused = rec.pausedTotalMs + (rec.pausedSince >= 0 ? now - rec.pausedSince : 0);
    long millis = Math.max(0, now - rec.startedMillis - paused);
    rec.state = state;
    rec.duration = (int) (millis / 1000);
    if (state.equals("done")) {
      StoredRecording old = rec.append ? stored.get(rec.name) : null;
      stored.put(rec.name, new StoredRecording(rec.name, rec.format, millis + (old == null ? 0 : old.durationMs())));
    }
    emit(rec, "RecordingFinished");
    if (rec.channel != null) {
      rec.channel.recording = null;
    } else {
      rec.bridge.recording = null;
      core.bridges().removePseudo(rec.bridge, rec.bridge.recorderName);
      rec.bridge.recorderName = null;
    }
  }

  private void emit(LiveRecording rec, String type) {
    JsonObject event = core.events.recording(type, rec.toJson());
    if (rec.channel != null) {
      core.notifier.channel(rec.channel, event);
    } else {
      core.notifier.bridge(rec.bridge, event);
    }
  }

  private LiveRecording requireLive(String name) {
    LiveRecording rec = live.get(name);
    if (rec == null) {
      throw AriError.notFound("Recording not found");
    }
    return rec;
  }

  private StoredRecording requireStored(String name) {
    StoredRecording s = stored.get(name);
    if (s == null) {
      throw AriError.notFound("Recording not found");
    }
    return s;
  }
}
