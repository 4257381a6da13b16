package io.ariflow.flows.conference;

import io.ariflow.flows.port.IdGenerator;
import java.util.HashMap;
import java.util.Map;

/** Readable, predictable ids for tests: {@code bridge-1}, {@code playback-3}, {@code channel-1}. */
public final class SequentialIds implements IdGenerator {

  private final Map<String, Integer> counters = new HashMap<>();

  @Override
  public String next(String kind) {
    return kind + "-" + counters.merge(kind, 1, Integer::sum);
  }
}
