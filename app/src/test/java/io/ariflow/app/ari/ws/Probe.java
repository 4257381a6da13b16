package io.ariflow.app.ari.ws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Records everything the connection reports, in order, and lets tests wait (bounded) for it. */
final class Probe {
  private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  private final BlockingQueue<Long> generations = new LinkedBlockingQueue<>();
  private final BlockingQueue<ConnectionStatus> statuses = new LinkedBlockingQueue<>();
  private final Queue<String> timeline = new ConcurrentLinkedQueue<>();

  AriEventHandlers handlers() {
    return new AriEventHandlers(
        frame -> {
          timeline.add("frame");
          frames.add(frame);
        },
        generation -> {
          timeline.add("connected " + generation);
          generations.add(generation);
        },
        status -> {
          timeline.add(status.state().name());
          statuses.add(status);
        });
  }

  /** Skips status reports until one matches; fails after the bounded wait. */
  ConnectionStatus awaitStatus(Predicate<ConnectionStatus> wanted) throws InterruptedException {
    List<ConnectionStatus> seen = new ArrayList<>();
    while (true) {
      ConnectionStatus status = statuses.poll(FakeScheduler.WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (status == null) {
        throw new AssertionError("no matching status; saw " + seen);
      }
      if (wanted.test(status)) {
        return status;
      }
      seen.add(status);
    }
  }

  ConnectionStatus awaitState(ConnectionState state) throws InterruptedException {
    return awaitStatus(s -> s.state() == state);
  }

  long nextGeneration() throws InterruptedException {
    Long generation = generations.poll(FakeScheduler.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    if (generation == null) {
      throw new AssertionError("onConnected was not called");
    }
    return generation;
  }

  List<String> takeFrames(int count) throws InterruptedException {
    List<String> taken = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String frame = frames.poll(FakeScheduler.WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (frame == null) {
        throw new AssertionError("only " + taken.size() + " of " + count + " frames arrived");
      }
      taken.add(frame);
    }
    return taken;
  }

  /** True if no status change is reported during {@code quiet}: used only to show that nothing happens. */
  boolean noStatusWithin(Duration quiet) throws InterruptedException {
    return statuses.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  List<String> timeline() {
    return List.copyOf(timeline);
  }

  int pendingStatuses() {
    return statuses.size();
  }
}
