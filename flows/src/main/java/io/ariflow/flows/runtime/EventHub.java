package io.ariflow.flows.runtime;

import io.ariflow.flows.steps.Subscription;
import io.ariflow.model.event.AriEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Delivers the run's events to the listeners steps registered, in registration order. A listener added
 * while an event is delivered sees only later events; one removed during delivery sees no more. A listener
 * that throws is reported to its owner (the step fails with {@code error}) and the others still get the
 * event: a buggy step must neither leave the caller in dead air nor break its neighbours.
 */
final class EventHub {

  private final List<Listener> listeners = new ArrayList<>();

  /** Registers {@code consumer}; what it throws goes to {@code onFailure} with the event it was given. */
  Subscription subscribe(Consumer<AriEvent> consumer, BiConsumer<AriEvent, RuntimeException> onFailure) {
    Listener listener = new Listener(consumer, onFailure);
    listeners.add(listener);
    return () -> {
      listener.closed = true;
      listeners.remove(listener);
    };
  }

  /** Delivers {@code event} to every open listener. */
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
      listener.onFailure.accept(event, e);
    }
  }

  int size() {
    return listeners.size();
  }

  private static final class Listener {
    private final Consumer<AriEvent> consumer;
    private final BiConsumer<AriEvent, RuntimeException> onFailure;
    private boolean closed;

    Listener(Consumer<AriEvent> consumer, BiConsumer<AriEvent, RuntimeException> onFailure) {
      this.consumer = consumer;
      this.onFailure = onFailure;
    }
  }
}
