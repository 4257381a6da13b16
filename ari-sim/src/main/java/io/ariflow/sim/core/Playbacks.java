package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Playbacks queued per channel or bridge, each lasting as long as its media: PlaybackStarted,
 * PlaybackContinuing between list items, PlaybackFinished {@code done} (also when stopped), {@code failed}
 * for a missing sound or a hangup. A {@code bogus:} scheme starts and then silently disappears.
 */
public final class Playbacks {

  private final SimCore core;
  private final MediaResolver resolver;

  Playbacks(SimCore core) {
    this.core = core;
    this.resolver = new MediaResolver(core.options.sounds(), name -> core.recordings.storedDurationMs(name));
  }

  public JsonObject playOnChannel(String channelId, String media, String lang, String playbackId) {
    Channel ch = core.channelRegistry.requireMediaCapable(channelId);
    List<String> items = parse(media);
    Playback p = new Playback(newId(playbackId), items, lang == null || lang.isEmpty() ? ch.language : lang, ch, null);
    return enqueue(p, ch.queue(), ch.playback == null);
  }

  public JsonObject playOnBridge(String bridgeId, String media, String lang, String playbackId) {
    Bridge bridge = core.bridges().require(bridgeId);
    List<String> items = parse(media);
    Playback p = new Playback(newId(playbackId), items, lang == null || lang.isEmpty() ? "en" : lang, null, bridge);
    return enqueue(p, bridge.queue(), bridge.playback == null);
  }

  public JsonObject get(String id) {
    return require(id).toJson();
  }

  public void stop(String id) {
    Playback p = require(id);
    if (p.state.equals("queued")) {
      queueOf(p).remove(p);
      core.playbacks.remove(p.id);
      p.state = "canceled";
      emit(p, "PlaybackFinished");
    } else {
      finish(p, "done");
    }
  }

  public void control(String id, String operation) {
    Playback p = require(id);
    if (operation == null) {
      throw AriError.badRequest("Missing parameter operation");
    }
    if (!p.state.equals("playing") && !p.state.equals("paused")) {
      throw AriError.of(409, "Playback not in a controllable state");
    }
    switch (operation) {
      case "pause" -> pause(p);
      case "unpause" -> resume(p, p.remainingMs);
      case "restart" -> restart(p);
      case "forward", "reverse" -> skip(p, operation.equals("forward") ? 3000 : -3000);
      default -> throw AriError.badRequest("Invalid operation " + operation);
    }
  }

  /** The channel hung up: the current playback fails, queued ones vanish. */
  void channelGone(Channel ch) {
    if (ch.playbackQueue != null) {
      ch.playbackQueue.forEach(q -> core.playbacks.remove(q.id));
      ch.playbackQueue.clear();
    }
    if (ch.playback != null) {
      Playback p = ch.playback;
      ch.playback = null;
      end(p, "failed");
    }
  }

  void bridgeGone(Bridge bridge) {
    if (bridge.playbackQueue != null) {
      bridge.playbackQueue.forEach(q -> core.playbacks.remove(q.id));
      bridge.playbackQueue.clear();
    }
    if (bridge.playback != null) {
      Playback p = bridge.playback;
      bridge.playback = null;
      end(p, "done");
    }
  }

  private JsonObject enqueue(Playback p, ArrayDeque<Playback> queue, boolean idle) {
    core.playbacks.put(p.id, p);
    queue.add(p);
    JsonObject response = p.toJson();
    if (idle && resolver.resolve(p.media.get(0), p.language) instanceof MediaResolver.Missing) {
      response.put("state", "failed");
    }
    if (idle) {
      startNext(p.channel, p.bridge);
    }
    return response;
  }

  private void startNext(Channel ch, Bridge bridge) {
    ArrayDeque<Playback> queue = ch != null ? ch.playbackQueue : bridge.playbackQueue;
    Playback next = queue == null ? null : queue.poll();
    if (next == null) {
      return;
    }
    if (ch != null) {
      ch.playback = next;
    } else {
      bridge.playback = next;
    }
    next.state = "playing";
    emit(next, "PlaybackStarted");
    playItem(next);
  }

  private void playItem(Playback p) {
    MediaResolver.Media media = resolver.resolve(p.media.get(p.index), p.language);
    if (media instanceof MediaResolver.Missing) {
      finish(p, "failed");
    } else if (media instanceof MediaResolver.Unsupported) {
      core.playbacks.remove(p.id);
      release(p);
      startNext(p.channel, p.bridge);
    } else if (media instanceof MediaResolver.Timed t) {
      p.itemLengthMs = t.millis();
      resume(p, t.millis());
    }
  }

  private void itemDone(Playback p) {
    p.timer = -1;
    if (!p.hasNext()) {
      finish(p, "done");
      return;
    }
    p.state = "continuing";
    emit(p, "PlaybackContinuing");
    p.index++;
    p.state = "playing";
    emit(p, "PlaybackStarted");
    playItem(p);
  }

  private void finish(Playback p, String state) {
    release(p);
    end(p, state);
    startNext(p.channel, p.bridge);
  }

  private void end(Playback p, String state) {
    core.cancel(p.timer);
    p.timer = -1;
    p.state = state;
    core.playbacks.remove(p.id);
    emit(p, "PlaybackFinished");
  }

  private void release(Playback p) {
    if (p.channel != null && p.channel.playback == p) {
      p.channel.playback = null;
    } else if (p.bridge != null && p.bridge.playback == p) {
      p.bridge.playback = null;
    }
  }

  private void pause(Playback p) {
    if (p.state.equals("playing")) {
      core.cancel(p.timer);
      p.timer = -1;
      p.remainingMs = Math.max(0, p.itemLengthMs - (core.clock.now().toEpochMilli() - p.itemStartedMillis));
      p.state = "paused";
    }
  }

  private void resume(Playback p, long millis) {
    p.state = "playing";
    p.itemStartedMillis = core.clock.now().toEpochMilli() - (p.itemLengthMs - millis);
    p.timer = core.schedule(Duration.ofMillis(millis), () -> itemDone(p));
  }

  private void restart(Playback p) {
    core.cancel(p.timer);
    resume(p, p.itemLengthMs);
  }

  private void skip(Playback p, long deltaMs) {
    long played = core.clock.now().toEpochMilli() - p.itemStartedMillis;
    long left = Math.max(0, Math.min(p.itemLengthMs, p.itemLengthMs - played - deltaMs));
    core.cancel(p.timer);
    resume(p, left);
  }

  private void emit(Playback p, String type) {
    JsonObject event = core.events.playback(type, p.toJson());
    if (p.channel != null) {
      core.notifier.channel(p.channel, event);
    } else {
      core.notifier.bridge(p.bridge, event);
    }
  }

  private ArrayDeque<Playback> queueOf(Playback p) {
    return p.channel != null ? p.channel.queue() : p.bridge.queue();
  }

  private Playback require(String id) {
    Playback p = core.playbacks.get(id);
    if (p == null) {
      throw AriError.notFound("Playback not found");
    }
    return p;
  }

  private String newId(String requested) {
    return requested == null || requested.isEmpty() ? core.ids.uuid() : requested;
  }

  private static List<String> parse(String media) {
    if (media == null || media.isEmpty()) {
      throw AriError.of(500, "Failed to queue media for playback");
    }
    return Arrays.stream(media.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
