package io.ariflow.app.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.app.ari.rest.AriFailure;
import io.ariflow.app.ari.rest.AriRestOptions;
import io.ariflow.app.ari.rest.HttpAriRestClient;
import io.ariflow.app.ari.rest.Transport;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.request.HttpMethod;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Saturation harness (not a unit test): drives an open-loop Poisson stream of ARI commands through
 * the REST client against a server that, like Asterisk, serves each connection strictly serially,
 * and prints median/p99 latency per pool size. Arguments (all optional):
 * {@code rate=300 serviceMs=50 seconds=10 pools=3,16,64}.
 */
public final class RestSaturationBench {

  private static final TypeReference<Void> NOTHING = new TypeReference<>() {};
  private static final long SEED = 20_26L;

  /** One {@code channels.answer}-like command: POST, 204, not idempotent. */
  record Answer(String path) implements AriRequest<Void> {
    @Override public HttpMethod method() { return HttpMethod.POST; }
    @Override public Map<String, String> query() { return Map.of(); }
    @Override public Object body() { return null; }
    @Override public TypeReference<Void> responseType() { return NOTHING; }
    @Override public boolean idempotent() { return false; }
    @Override public String operation() { return "channels.answer"; }
  }

  /** One configuration to measure. */
  record Setup(String label, int pool, int inFlight, int queued, Duration queueWait,
      Duration timeout) {}

  private RestSaturationBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> arguments = parse(args);
    int rate = Integer.parseInt(arguments.getOrDefault("rate", "300"));
    long serviceMs = Long.parseLong(arguments.getOrDefault("serviceMs", "50"));
    int seconds = Integer.parseInt(arguments.getOrDefault("seconds", "10"));
    List<Integer> pools = List.of(arguments.getOrDefault("pools", "3,16,64").split(",")).stream()
        .map(Integer::parseInt).toList();

    Vertx serverVertx = Vertx.vertx();
    Vertx clientVertx = Vertx.vertx();
    SerialAsteriskServer server = new SerialAsteriskServer(serverVertx, serviceMs);
    int port = server.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    System.out.printf("%d req/s (Poisson) for %d s, %d ms service per request, serial per"
        + " connection; offered load = %.1f busy connections%n",
        rate, seconds, serviceMs, rate * serviceMs / 1000.0);
    try {
      for (Setup setup : setups(pools)) {
        run(clientVertx, server, port, setup, rate, serviceMs, seconds);
      }
    } finally {
      clientVertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      serverVertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  private static List<Setup> setups(List<Integer> pools) {
    Duration patient = Duration.ofSeconds(120);
    List<Setup> queued = pools.stream()
        .map(pool -> new Setup("pool " + pool + ", unbounded queue", pool, pool, 1_000_000,
            patient, patient))
        .toList();
    AriRestOptions defaults = AriRestOptions.defaults("http://127.0.0.1/ari", "u", "p");
    Setup shipped = new Setup("shipped defaults", defaults.maxConnections(), defaults.maxInFlight(),
        defaults.maxQueued(), defaults.maxQueueWait(), defaults.requestTimeout());
    Setup capped = new Setup("pool 3, default admission", 3, 3, defaults.maxQueued(),
        defaults.maxQueueWait(), defaults.requestTimeout());
    return Stream.concat(queued.stream(), Stream.of(shipped, capped)).toList();
  }

  private static void run(Vertx vertx, SerialAsteriskServer server, int port, Setup setup,
      int rate, long serviceMs, int seconds) throws Exception {
    AriRestOptions options = AriRestOptions.defaults("http://127.0.0.1:" + port + "/ari", "bench",
            "bench-secret")
        .withLimits(setup.pool(), setup.inFlight(), setup.queued())
        .withMaxQueueWait(setup.queueWait())
        .withRequestTimeout(setup.timeout());
    HttpAriRestClient client = HttpAriRestClient.create(vertx, options, new ObjectMapper());
    long[] schedule = poissonSchedule(rate, seconds);
    LatencyStats stats = new LatencyStats(schedule.length);
    server.peakConnectionsAndReset();
    long started = System.nanoTime();
    drive(vertx, client, schedule, stats).toCompletionStage().toCompletableFuture()
        .get(seconds + setup.queueWait().toSeconds() + setup.timeout().toSeconds() + 60,
            TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - started) / 1e9;
    System.out.printf("%-34s %s  (%.0f req/s done, peak %d connections)%n", setup.label(),
        stats.summary(), stats.successes() / elapsed, server.peakConnectionsAndReset());
    client.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** Sends each request at its scheduled time; latency counts from that time (no coordinated omission). */
  private static Future<Void> drive(Vertx vertx, HttpAriRestClient client, long[] schedule,
      LatencyStats stats) {
    Promise<Void> done = Promise.promise();
    vertx.runOnContext(ignored -> {
      long origin = System.nanoTime();
      int[] next = {0};
      int[] completed = {0};
      vertx.setPeriodic(1, timer -> {
        long now = System.nanoTime() - origin;
        while (next[0] < schedule.length && schedule[next[0]] <= now) {
          long due = origin + schedule[next[0]];
          client.send(new Answer("/channels/bench-" + next[0] + "/answer")).onComplete(
              ok -> record(stats, due, null, completed, schedule.length, done),
              failure -> record(stats, due, failure, completed, schedule.length, done));
          next[0]++;
        }
        if (next[0] == schedule.length) {
          vertx.cancelTimer(timer);
        }
      });
    });
    return done.future();
  }

  private static void record(LatencyStats stats, long due, Throwable failure, int[] completed,
      int total, Promise<Void> done) {
    if (failure == null) {
      stats.succeeded(System.nanoTime() - due);
    } else {
      stats.failed(failure instanceof Transport transport ? transport.kind().name()
          : failure instanceof AriFailure ari ? ari.getClass().getSimpleName() : failure.toString());
    }
    if (++completed[0] == total) {
      done.complete();
    }
  }

  private static long[] poissonSchedule(int rate, int seconds) {
    Random random = new Random(SEED);
    long[] times = new long[rate * seconds];
    double t = 0;
    for (int i = 0; i < times.length; i++) {
      t += -Math.log(1 - random.nextDouble()) / rate;
      times[i] = (long) (t * 1e9);
    }
    return times;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> parsed = new HashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      parsed.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    return parsed;
  }
}
