package io.ariflow.app.component;

import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.model.event.AriEvent;
import io.ariflow.sim.AriSimulator;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Waits until the engine has handled every event the simulator sent so far: the simulator changes a device state
 * of its own ({@code Stasis:queue-barrier}) after them, and the change comes back through the same ordered events
 * socket to an owner the barrier claims in the engine. The soak moves the clocks only after such a barrier, so
 * the engine's timers never run ahead of events still in flight (a ring timeout firing before the answer arrives).
 */
final class QueueEventBarrier implements EventOwner {

  private static final String DEVICE = "Stasis:queue-barrier";
  private static final int MAX_ROUNDS = 50;

  private final AriSimulator sim;
  private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
  private long seen;
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
      if (after - before == 1) {
        return;
      }
      before = after;
      mark();
    }
  }

  private long delivered() {
    return Await.result(sim.onLoop(core -> core.notifier().delivered()));
  }

  private void mark() {
    long mark = ++sent;
    CompletableFuture<Void> arrived = waiting.computeIfAbsent(mark, m -> new CompletableFuture<>());
    Await.result(sim.onLoop(core -> {
      core.deviceStates().put(DEVICE, mark % 2 == 0 ? "NOT_INUSE" : "INUSE");
      return null;
    }));
    try {
      arrived.get(15, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the engine never handled barrier mark " + mark, e);
    }
    waiting.remove(mark);
  }

  @Override
  public void onEvent(AriEvent event) {
    long mark = ++seen;
    waiting.computeIfAbsent(mark, m -> new CompletableFuture<>()).complete(null);
  }
}
