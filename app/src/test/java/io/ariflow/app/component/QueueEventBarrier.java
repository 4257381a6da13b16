package io.ariflow.app.component;

import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.model.event.AriEvent;
import io.ariflow.sim.AriSimulator;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits until the engine has handled every event the simulator sent so far: the simulator changes a device state
 * of its own ({@code Stasis:queue-barrier}) after them, and the change comes back through the same ordered events
 * socket to an owner the barrier claims in the engine. The soak moves the clocks only after such a barrier, so
 * the engine's timers never run ahead of events still in flight (a ring timeout firing before the answer arrives).
 */
final class QueueEventBarrier implements EventOwner {

  private static final String DEVICE = "Stasis:queue-barrier";
  private static final int MAX_ROUNDS = 50;
  private static final Duration LOST_AFTER = Duration.ofMillis(250);

  private final AriSimulator sim;
  private volatile CompletableFuture<Void> arrival = new CompletableFuture<>();
  private long sent;

  private QueueEventBarrier(AriSimulator sim) {
    this.sim = sim;
  }

  /** A barrier whose marks application {@code app} receives and the engine on {@code engine} routes to it. */
  static QueueEventBarrier install(AriSimulator sim, String app, Context engine) {
    QueueEventBarrier barrier = new QueueEventBarrier(sim);
    Promise<Void> claimed = Promise.promise();
    engine.runOnContext(v -> {
      ObjectOwners.of(engine).orElseThrow().claim("deviceState:" + DEVICE.toLowerCase(), barrier);
      claimed.complete();
    });
    Await.result(claimed.future());
    Await.result(sim.onLoop(core -> {
      core.deviceStates().put(DEVICE, "NOT_INUSE");
      return core.subscriptions().subscribe(app, "deviceState:" + DEVICE);
    }));
    return barrier;
  }

  /**
   * Returns once the engine handled every event sent before this call and, as far as the simulator can tell, is
   * quiet: marks are passed again while the simulator keeps sending other events between two marks (the engine's
   * commands still in flight when the first mark passed produce them).
   */
  void pass() {
    long before = delivered();
    mark();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      long after = delivered();
      if (after - before <= 1) {
        return;
      }
      before = after;
      mark();
    }
  }

  private long delivered() {
    return Await.result(sim.onLoop(core -> core.notifier().delivered()));
  }

  /**
   * Sends one mark and waits for it; a mark that does not come back soon was lost with the events socket (a test
   * dropping the connection), and there is nothing to wait for then.
   */
  private void mark() {
    CompletableFuture<Void> arrived = new CompletableFuture<>();
    arrival = arrived;
    boolean busy = ++sent % 2 == 1;
    Await.result(sim.onLoop(core -> {
      core.deviceStates().put(DEVICE, busy ? "INUSE" : "NOT_INUSE");
      return null;
    }));
    try {
      arrived.get(LOST_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException lost) {
      return;
    } catch (Exception e) {
      throw new AssertionError("waiting for barrier mark " + sent + " failed", e);
    }
  }

  @Override
  public void onEvent(AriEvent event) {
    arrival.complete(null);
  }
}
