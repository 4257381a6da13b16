package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.definition.PenaltyStep;
import io.ariflow.flows.queue.engine.QueueInput.Join;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * The member penalties a caller may reach now: the join's minimum and maximum, replaced by the latest
 * penalty rule whose time has come. Unlike app_queue (whose rules only move a maximum the caller already
 * had), a rule applies to every caller.
 *
 * @param min the lowest penalty allowed, if limited
 * @param max the highest penalty allowed, if limited
 */
record PenaltyWindow(OptionalInt min, OptionalInt max) {

  static PenaltyWindow at(Join join, List<PenaltyStep> rules, Duration waited) {
    OptionalInt min = join.minPenalty();
    OptionalInt max = join.maxPenalty();
    for (PenaltyStep rule : rules) {
      if (rule.after().compareTo(waited) <= 0) {
        min = rule.minPenalty().isPresent() ? rule.minPenalty() : min;
        max = rule.maxPenalty().isPresent() ? rule.maxPenalty() : max;
      }
    }
    return new PenaltyWindow(min, max);
  }

  boolean allows(int penalty) {
    return (min.isEmpty() || penalty >= min.getAsInt()) && (max.isEmpty() || penalty <= max.getAsInt());
  }
}
