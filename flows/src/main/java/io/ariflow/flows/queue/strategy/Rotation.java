package io.ariflow.flows.queue.strategy;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The round-robin pick shared by rrmemory, rrordered and linear (app_queue's {@code rrpos} / {@code linpos}
 * metric): the first member at or after the cursor in rotation order, wrapping to the start; the cursor then
 * moves just past the member picked.
 */
final class Rotation {

  private Rotation() {
  }

  /** The member to ring next from {@code cursor}, ordering members by {@code key}. */
  static Candidate next(List<Candidate> candidates, ToIntFunction<Candidate> key, int cursor) {
    Comparator<Candidate> order = Comparator.comparingInt(key);
    return candidates.stream().filter(c -> key.applyAsInt(c) >= cursor).min(order)
        .orElseGet(() -> candidates.stream().min(order).orElseThrow());
  }
}
