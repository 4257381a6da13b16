package io.ariflow.sim;

import io.ariflow.sim.http.RestFault;
import io.ariflow.sim.http.SimServer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Faults on demand, for testing how an engine survives a misbehaving Asterisk: abrupt WebSocket drops,
 * a full restart, failing or slow REST calls, and stalled event delivery. All return Futures completed on
 * the simulator's context once the fault is in place (a restart: once ARI answers 200 again).
 */
public final class SimFaults {

  private final SimServer server;

  SimFaults(SimServer server) {
    this.server = server;
  }

  /** Closes every events WebSocket at the TCP level, without a close frame. */
  public Future<Void> dropWebSockets() {
    return onLoop(() -> {
      server.events().dropAll();
      return null;
    });
  }

  /** Simulates {@code core restart now} with the trace's timings; needs clock advances in virtual mode. */
  public Future<Void> restart() {
    return restart(RestartTiming.defaults());
  }

  public Future<Void> restart(RestartTiming timing) {
    Promise<Void> done = Promise.promise();
    server.loop().runOnContext(v -> server.restart(timing).onComplete(done));
    return done.future();
  }

  public Future<Void> addRestFault(RestFault fault) {
    return onLoop(() -> {
      server.restFaults().add(fault);
      return null;
    });
  }

  /** Answers matching requests with {@code status} and {@code {"message": message}}, {@code times} times (-1: until cleared). */
  public Future<Void> failRest(String method, String pathRegex, int status, String message, int times) {
    return addRestFault(RestFault.fail(method, pathRegex, status, message, times));
  }

  /** Holds matching requests for {@code delay} (sim clock) before handling them. */
  public Future<Void> delayRest(String method, String pathRegex, Duration delay, int times) {
    return addRestFault(RestFault.delay(method, pathRegex, delay, times));
  }

  /** How many requests a delay fault is holding right now (lets tests know a request has arrived). */
  public Future<Integer> heldRequests() {
    return onLoop(() -> server.restFaults().held());
  }

  public Future<Void> clearRestFaults() {
    return onLoop(() -> {
      server.restFaults().clear();
      return null;
    });
  }

  /** Events are queued instead of sent until {@link #resumeEvents()}. */
  public Future<Void> stallEvents() {
    return onLoop(() -> {
      server.core().notifier().stall();
      return null;
    });
  }

  /** Sends the queued events in order and delivers normally again. */
  public Future<Void> resumeEvents() {
    return onLoop(() -> {
      server.core().notifier().resume();
      return null;
    });
  }

  private <T> Future<T> onLoop(Supplier<T> action) {
    Promise<T> p = Promise.promise();
    server.loop().runOnContext(v -> {
      try {
        p.complete(action.get());
      } catch (RuntimeException e) {
        p.fail(e);
      }
    });
    return p.future();
  }
}
