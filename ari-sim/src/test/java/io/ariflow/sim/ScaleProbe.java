package io.ariflow.sim;

import io.ariflow.sim.core.SimCore;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load figures, not a test: N concurrent inbound calls (default 10,000) through their whole life (Stasis,
 * answer, a prompt, hangup) on the virtual clock, with one app socket consuming every event. Prints wall
 * time, events per second and retained heap per channel. Run with {@code java -cp ... io.ariflow.sim.ScaleProbe 10000}.
 */
public final class ScaleProbe {

  private static final Logger LOG = LoggerFactory.getLogger(ScaleProbe.class);

  private ScaleProbe() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Vertx vertx = Vertx.vertx();
    AriSimulator sim = await(AriSimulator.start(vertx, SimOptions.forTests().withStasisApp("load")));
    AtomicLong received = new AtomicLong();
    WebSocket ws = await(vertx.createWebSocketClient().connect(new WebSocketConnectOptions().setHost("127.0.0.1")
        .setPort(sim.port()).setURI("/ari/events?app=load&api_key=asterisk:asterisk")));
    ws.textMessageHandler(t -> received.incrementAndGet());
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    List<String> ids = await(sim.onLoop(core -> placeAll(core, calls)));
    long t1 = System.nanoTime();
    long heapWith = usedHeap();
    await(sim.onLoop(core -> {
      ids.forEach(id -> core.channelOps().answer(id));
      ids.forEach(id -> core.playbacks().playOnChannel(id, "sound:beep", null, null));
      return null;
    }));
    await(sim.advance(Duration.ofMillis(500)));
    await(sim.onLoop(core -> {
      ids.forEach(id -> core.channelOps().hangup(id, null, null));
      return null;
    }));
    long delivered = await(sim.onLoop(core -> core.notifier().delivered()));
    long t2 = System.nanoTime();
    for (int i = 0; i < 200 && received.get() < delivered; i++) {
      await(sim.onLoop(core -> null));
    }
    double secs = (t2 - t0) / 1e9;
    LOG.info("{} calls: setup {} ms, whole life {} ms, {} events ({} received so far), {} events/s, heap {} B/channel",
        calls, (t1 - t0) / 1_000_000, (t2 - t0) / 1_000_000, delivered, received.get(),
        Math.round(delivered / secs), (heapWith - heapBefore) / calls);
    await(vertx.close());
  }

  private static List<String> placeAll(SimCore core, int calls) {
    List<String> ids = new ArrayList<>(calls);
    for (int i = 0; i < calls; i++) {
      ids.add(core.callers().inbound("sipp", "from-test", Integer.toString(3000 + i),
          new io.ariflow.sim.core.Party("sipp", "100")).id());
    }
    return ids;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static <T> T await(io.vertx.core.Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
  }
}
