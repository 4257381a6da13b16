package io.ariflow.app.engine;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.BridgeDestroyed;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.Dial;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.PlaybackFinished;
import io.ariflow.model.event.RecordingFailed;
import io.ariflow.model.event.RecordingFinished;
import io.ariflow.model.event.StasisEnd;
import io.ariflow.model.resource.Channel;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The objects one call claimed (legs, bridges, playbacks, recordings) and which of them have not yet
 * sent their end event. After a reconnect, the reconciliation checks exactly these against Asterisk, so
 * a run never waits for an end event that was lost in the gap. Owned by one call; not thread-safe.
 */
final class Claims {

  private final Map<String, ResourceKind> open = new LinkedHashMap<>();
  private final Map<String, Channel> lastSeen = new HashMap<>();
  private final Set<String> all = new LinkedHashSet<>();

  void claim(ResourceKind kind, String id) {
    open.put(id, kind);
    all.add(id);
  }

  /** Closes the claim an end event is about, and keeps the latest snapshot of claimed channels. */
  void observe(AriEvent event) {
    if (event instanceof HasChannel about && about.channel() != null && open.containsKey(about.channel().id())) {
      lastSeen.put(about.channel().id(), about.channel());
      if (event instanceof StasisEnd || event instanceof ChannelDestroyed) {
        open.remove(about.channel().id());
      }
    }
    if (event instanceof Dial dial && dial.peer() != null && open.containsKey(dial.peer().id())) {
      lastSeen.put(dial.peer().id(), dial.peer());
    }
    if (event instanceof PlaybackFinished finished && finished.playback() != null) {
      open.remove(finished.playback().id());
    } else if (event instanceof RecordingFinished finished && finished.recording() != null) {
      open.remove(finished.recording().name());
    } else if (event instanceof RecordingFailed failed && failed.recording() != null) {
      open.remove(failed.recording().name());
    } else if (event instanceof BridgeDestroyed destroyed && destroyed.bridge() != null) {
      open.remove(destroyed.bridge().id());
    }
  }

  /** The claims whose end event has not arrived, by id, in claim order. */
  Map<String, ResourceKind> open() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(open));
  }

  /** Every id ever claimed, open or not; the engine unregisters them when the call ends. */
  Set<String> all() {
    return Collections.unmodifiableSet(all);
  }

  /** The last snapshot an event gave of a claimed channel. */
  Optional<Channel> lastSeen(String channelId) {
    return Optional.ofNullable(lastSeen.get(channelId));
  }
}
