package io.ariflow.flows.runtime;

import io.ariflow.flows.steps.Subscription;
import io.ariflow.model.event.AriEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the run's events to the listeners steps registered, in registration order. A listener added
 * while an event is delivered sees only later events; one removed during delivery sees no more.
 */
final class EventHub {

  private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

  private final List<Listener> listeners = new ArrayList<>();

  Subscription subscribe(Consumer<AriEvent> consumer) {
    Listener listener = new Listener(consumer);
    listeners.add(listener);
    return () -> {
      listener.closed = true;
      listeners.remove(listener);
    };
  }

  /** Delivers {@code event}; a listener that throws is logged and the others still get the event. */
  void dispatch(AriEvent event) {
    for (Listener listener : List.copyOf(listeners)) {
      if (!listener.closed) {
        deliver(listener, event);
      }
    }
  }

  private static void deliver(Listener listener, AriEvent event) {
    try {
      listener.consumer.accept(event);
    } catch (RuntimeException e) {
      LOG.error("a step's listener failed on {} {}", event.type(), event.timestamp(), e);
    }
  }

  int size() {
    return listeners.size();
  }

  private static final class Listener {
    private final Consumer<AriEvent> consumer;
    private boolean closed;

    Listener(Consumer<AriEvent> consumer) {
      this.consumer = consumer;
    }
  }
}
