package io.ariflow.sim.bench;

import java.util.Arrays;

/** Request latencies in microseconds, recorded on one context; medians and tails computed at the end. */
final class Latencies {

  private long[] micros = new long[1024];
  private int size;

  void add(long nanos) {
    if (size == micros.length) {
      micros = Arrays.copyOf(micros, size * 2);
    }
    micros[size++] = nanos / 1000;
  }

  int count() {
    return size;
  }

  /** The {@code q} quantile (0.5 = median) in milliseconds. */
  double quantileMs(double q) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(micros, size);
    Arrays.sort(sorted);
    return sorted[(int) Math.min(size - 1, Math.floor(q * size))] / 1000.0;
  }

  @Override
  public String toString() {
    return String.format("n=%d median %.2f ms, p90 %.2f ms, p99 %.2f ms", size, quantileMs(0.5), quantileMs(0.9),
        quantileMs(0.99));
  }
}
