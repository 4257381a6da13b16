package io.ariflow.app.conference;

import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The timers the domain machines ask for with {@code ArmTimer}/{@code CancelTimer}, on the engine's timers (virtual
 * in tests), by owner and key: re-arming replaces, and an owner's end cancels all of its timers.
 */
final class KeyedTimers {

  private final Timers timers;
  private final Map<String, Map<TimerKey, TimerHandle>> armed = new HashMap<>();

  KeyedTimers(Timers timers) {
    this.timers = timers;
  }

  void arm(String owner, TimerKey key, Duration after, Runnable fire) {
    cancel(owner, key);
    Map<TimerKey, TimerHandle> mine = armed.computeIfAbsent(owner, k -> new HashMap<>());
    mine.put(key, timers.schedule(after, () -> {
      Map<TimerKey, TimerHandle> current = armed.get(owner);
      if (current != null) {
        current.remove(key);
      }
      fire.run();
    }));
  }

  void cancel(String owner, TimerKey key) {
    Map<TimerKey, TimerHandle> mine = armed.get(owner);
    if (mine != null) {
      TimerHandle handle = mine.remove(key);
      if (handle != null) {
        handle.cancel();
      }
    }
  }

  void cancelAll(String owner) {
    Map<TimerKey, TimerHandle> mine = armed.remove(owner);
    if (mine != null) {
      mine.values().forEach(TimerHandle::cancel);
    }
  }

  /** How many timers are armed (tests: nothing left behind). */
  int size() {
    return armed.values().stream().mapToInt(Map::size).sum();
  }
}
