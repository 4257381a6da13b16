package io.ariflow.flows.load.queue;

import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.queue.definition.AutoPausePolicy;
import io.ariflow.flows.queue.definition.CallbackPolicy;
import io.ariflow.flows.queue.definition.PenaltyStep;
import io.ariflow.flows.queue.definition.PriorityAging;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the nested policies of a queue: auto-pause, callback, priority aging and penalty rules. */
final class PolicyReader {

  static final List<String> AUTO_PAUSE = List.of("after", "busy", "reason");
  static final List<String> CALLBACK = List.of("key", "attempts", "retry", "endpoint", "callerId");
  static final List<String> AGING = List.of("every", "step", "max");
  static final List<String> PENALTY_RULE = List.of("after", "maxPenalty", "minPenalty");

  private PolicyReader() {
  }

  /** {@code autoPause: 3} or {@code autoPause: {after: 3, busy: true, reason: Auto-Pause}}. */
  static AutoPausePolicy autoPause(QueueSection parent) {
    Optional<YamlNode> node = parent.node("autoPause", "offers.autoPause");
    if (node.isEmpty()) {
      return AutoPausePolicy.off();
    }
    if (node.get() instanceof YamlScalar) {
      return parent.read("autoPause", "offers.autoPause", ScalarKinds.integer(0))
          .map(after -> AutoPausePolicy.after(after, false)).orElse(AutoPausePolicy.off());
    }
    return parent.section("autoPause", "offers.autoPause", "a number of misses or {after, busy, reason}")
        .map(s -> {
          s.onlyKnown(AUTO_PAUSE, "autoPause");
          int after = s.read("after", "offers.autoPause", ScalarKinds.integer(0), 0);
          boolean busy = s.read("busy", "offers.autoPause", ScalarKinds.bool(), false);
          String reason = s.read("reason", "offers.autoPause", ScalarKinds.text("a pause reason"),
              AutoPausePolicy.DEFAULT_REASON);
          return new AutoPausePolicy(after, busy, reason);
        }).orElse(AutoPausePolicy.off());
  }

  /** {@code callback: {key, attempts, retry}}; the dialling endpoint and caller id go to the extras. */
  static CallbackPolicy callback(QueueSection s) {
    s.onlyKnown(CALLBACK, "callback");
    String key = s.read("key", "callback.key", ScalarKinds.text("one DTMF key"), "");
    int attempts = s.read("attempts", "callback.maxAttempts", ScalarKinds.integer(0), 3);
    Duration retry = s.read("retry", "callback.retryDelay", ScalarKinds.duration(), Duration.ofMinutes(1));
    return CallbackPolicy.on(key, attempts, retry);
  }

  /** {@code aging: {every: 30s, step: 1, max: 10}}. */
  static PriorityAging aging(QueueSection s) {
    s.onlyKnown(AGING, "aging");
    Duration every = s.read("every", "aging.interval", ScalarKinds.duration(), Duration.ofSeconds(60));
    int step = s.read("step", "aging.step", ScalarKinds.integer(0), 1);
    int max = s.read("max", "aging.maxBoost", ScalarKinds.integer(0), 0);
    return new PriorityAging(every, step, max);
  }

  /** {@code penaltyRules: [{after: 30s, maxPenalty: 2}, ...]}, app_queue's penaltychange lines. */
  static List<PenaltyStep> penaltyRules(YamlNode node, QueueSection parent) {
    if (!(node instanceof YamlList list)) {
      parent.context().error(node, Messages.wrong("penaltyRules", "a list of {after, maxPenalty, minPenalty}",
          node));
      return List.of();
    }
    List<PenaltyStep> steps = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "penaltyRules[" + i + "]";
      parent.places().put(path, list.items().get(i).location());
      QueueSection.of(list.items().get(i), path, "{after: 30s, maxPenalty: 2}", parent.context(), parent.places())
          .flatMap(s -> rule(s, path)).ifPresent(steps::add);
    }
    return steps;
  }

  private static Optional<PenaltyStep> rule(QueueSection s, String path) {
    s.onlyKnown(PENALTY_RULE, "a penalty rule");
    Optional<Duration> after = s.read("after", path + ".after", ScalarKinds.duration());
    Optional<Integer> max = s.read("maxPenalty", path, ScalarKinds.integer(0));
    Optional<Integer> min = s.read("minPenalty", path, ScalarKinds.integer(0));
    if (after.isEmpty()) {
      s.context().error(s.map().location(), "a penalty rule needs 'after' (how long the caller has waited)");
      return Optional.empty();
    }
    return Optional.of(new PenaltyStep(after.get(), toInt(max), toInt(min)));
  }

  private static OptionalInt toInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
