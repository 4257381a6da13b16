package io.ariflow.app.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Latencies and failure counts of one run, summarised as median, p99 and max. */
final class LatencyStats {

  private final long[] latenciesNanos;
  private int count;
  private final Map<String, Integer> failures = new TreeMap<>();

  LatencyStats(int capacity) {
    latenciesNanos = new long[capacity];
  }

  void succeeded(long latencyNanos) {
    latenciesNanos[count++] = latencyNanos;
  }

  void failed(String kind) {
    failures.merge(kind, 1, Integer::sum);
  }

  int successes() {
    return count;
  }

  int failuresTotal() {
    return failures.values().stream().mapToInt(Integer::intValue).sum();
  }

  String summary() {
    long[] sorted = Arrays.copyOf(latenciesNanos, count);
    Arrays.sort(sorted);
    return String.format("ok %5d  median %8.1f ms  p99 %8.1f ms  max %8.1f ms  failed %s",
        count, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
        millis(count == 0 ? 0 : sorted[count - 1]), failures.isEmpty() ? "0" : failures);
  }

  private static long percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
