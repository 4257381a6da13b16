package io.ariflow.sim.bench;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.ClockMode;
import io.ariflow.sim.InboundCall;
import io.ariflow.sim.SimOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Load figures, not a unit test: N concurrent inbound calls (default 10,000) placed through the control API
 * in waves, each answered and given an endless prompt by a REST + WebSocket client as an engine would, all
 * up at once, then hung up by the callers. Prints events/s produced by the simulator and received by the
 * client, REST latencies, and heap after GC per 1,000 live channels. Run on one core:
 * {@code java -XX:ActiveProcessorCount=1 -cp <test classpath> io.ariflow.sim.bench.LoadBench 10000 500}.
 */
public final class LoadBench {

  private static final Duration WAIT = Duration.ofMinutes(3);

  private final Vertx vertx = Vertx.vertx();
  private final int channels;
  private final int wave;
  private AriSimulator sim;
  private BenchClient client;

  private LoadBench(int channels, int wave) {
    this.channels = channels;
    this.wave = wave;
  }

  public static void main(String[] args) throws Exception {
    int channels = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int wave = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    new LoadBench(channels, wave).run();
  }

  private void run() throws Exception {
    SimOptions options = SimOptions.defaults().withPort(0).withClockMode(ClockMode.REAL).withStasisApp("bench");
    sim = await(AriSimulator.start(vertx, options));
    client = new BenchClient(vertx, sim.port(), options.user(), options.password(), "tone:ring");
    await(client.connect("bench"));
    long heapBase = usedHeapAfterGc();
    long t0 = System.nanoTime();
    List<String> ids = placeAllInWaves();
    long tUp = System.nanoTime();
    long heapUp = usedHeapAfterGc();
    long tHangup = System.nanoTime();
    hangUpAll(ids);
    long tEnd = System.nanoTime();
    long produced = await(sim.onLoop(core -> core.notifier().delivered()));
    BenchClient.Snapshot s = await(client.snapshot());
    print(s, produced, heapUp - heapBase, tUp - t0, tEnd - tHangup, (tUp - t0) + (tEnd - tHangup));
    System.exit(0);
  }

  private List<String> placeAllInWaves() throws Exception {
    List<String> ids = new ArrayList<>(channels);
    while (ids.size() < channels) {
      int n = Math.min(wave, channels - ids.size());
      List<Future<String>> placed = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        placed.add(sim.placeCall(InboundCall.to(Integer.toString(10_000 + ids.size() + i))));
      }
      for (Future<String> f : placed) {
        ids.add(await(f));
      }
      int target = ids.size();
      waitFor(s -> s.playing() >= target, "wave of " + n + " answered and playing");
    }
    return ids;
  }

  private void hangUpAll(List<String> ids) throws Exception {
    for (int from = 0; from < ids.size(); from += wave) {
      List<Future<Void>> hungUp = new ArrayList<>();
      ids.subList(from, Math.min(ids.size(), from + wave)).forEach(id -> hungUp.add(sim.callerHangsUp(id)));
      await(Future.all(hungUp));
    }
    waitFor(s -> s.stasisEnds() >= channels, "every StasisEnd received");
  }

  private void waitFor(Predicate<BenchClient.Snapshot> done, String what) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!done.test(await(client.snapshot()))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting for " + what + ": " + await(client.snapshot()));
      }
      await(vertx.timer(5));
    }
  }

  private void print(BenchClient.Snapshot s, long produced, long heapDelta, long rampNanos, long teardownNanos,
      long activeNanos) {
    double active = activeNanos / 1e9;
    System.out.printf("LoadBench: %,d concurrent channels, %d available processor(s), waves of %d, %d REST"
        + " requests in flight%n", channels, Runtime.getRuntime().availableProcessors(), wave, BenchClient.IN_FLIGHT);
    System.out.printf("  ramp-up (place, answer, play, all up): %.2f s; teardown (BYE, all StasisEnd): %.2f s%n",
        rampNanos / 1e9, teardownNanos / 1e9);
    System.out.printf("  events produced by the simulator: %,d = %,.0f events/s%n", produced, produced / active);
    System.out.printf("  events received and decoded by the client: %,d = %,.0f events/s%n", s.events(),
        s.events() / active);
    System.out.printf("  REST answer: %s%n  REST play:   %s%n  REST errors: %d%n", s.answer(), s.play(),
        s.restErrors());
    System.out.printf("  heap after GC per 1,000 live channels: %,.0f KiB (%,d B per channel)%n",
        heapDelta / 1024.0 / (channels / 1000.0), heapDelta / channels);
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }
}
