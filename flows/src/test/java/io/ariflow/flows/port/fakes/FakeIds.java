package io.ariflow.flows.port.fakes;

import io.ariflow.flows.port.IdGenerator;
import java.util.HashMap;
import java.util.Map;

/** Readable, predictable ids: {@code playback-1}, {@code channel-1}, {@code bridge-1}, ... */
public final class FakeIds implements IdGenerator {

  private final Map<String, Integer> counters = new HashMap<>();

  @Override
  public String next(String kind) {
    return kind + "-" + counters.merge(kind, 1, Integer::sum);
  }
}
