package io.ariflow.app.ari.ws;

import java.util.random.RandomGenerator;

/** A random source that always draws the same double, so a jittered delay is known in advance. */
record FixedRandom(double value) implements RandomGenerator {
  @Override
  public long nextLong() {
    return (long) (value * Long.MAX_VALUE);
  }

  @Override
  public double nextDouble() {
    return value;
  }
}
