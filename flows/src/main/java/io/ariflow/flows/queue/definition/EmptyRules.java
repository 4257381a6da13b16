package io.ariflow.flows.queue.definition;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads app_queue's {@code joinempty} / {@code leavewhenempty} values (a comma-separated list of conditions,
 * or the presets {@code strict}, {@code loose}, {@code yes}, {@code no}), so queue files can use the words
 * Asterisk administrators know. The presets mean what they mean in app_queue's {@code parse_empty_options}.
 */
public final class EmptyRules {

  /** app_queue's {@code loose}: only members outside the penalty window or with invalid devices are absent. */
  public static final Set<EmptyCondition> LOOSE =
      Set.copyOf(EnumSet.of(EmptyCondition.PENALTY, EmptyCondition.INVALID));

  /** app_queue's {@code strict}: paused and unavailable members are absent too. */
  public static final Set<EmptyCondition> STRICT = Set.copyOf(EnumSet.of(EmptyCondition.PENALTY,
      EmptyCondition.INVALID, EmptyCondition.PAUSED, EmptyCondition.UNAVAILABLE));

  /** What {@code joinempty=no} and {@code leavewhenempty=yes} mean. */
  public static final Set<EmptyCondition> REFUSE_EMPTY = Set.copyOf(
      EnumSet.of(EmptyCondition.PENALTY, EmptyCondition.INVALID, EmptyCondition.PAUSED));

  private EmptyRules() {
  }

  /**
   * Parses {@code value}; {@code joining} says whether it is a join rule ({@code yes} = may join an empty
   * queue) or a leave rule ({@code yes} = leave when empty). Empty when a word is not understood.
   */
  public static Optional<Set<EmptyCondition>> parse(String value, boolean joining) {
    EnumSet<EmptyCondition> conditions = EnumSet.noneOf(EmptyCondition.class);
    for (String raw : value.split(",")) {
      String word = raw.trim().toLowerCase(Locale.ROOT);
      if (!apply(word, joining, conditions)) {
        return Optional.empty();
      }
    }
    return Optional.of(Set.copyOf(conditions));
  }

  private static boolean apply(String word, boolean joining, EnumSet<EmptyCondition> conditions) {
    if (word.equals("loose") || word.equals("strict")) {
      conditions.clear();
      conditions.addAll(word.equals("loose") ? LOOSE : STRICT);
      return true;
    }
    Optional<Boolean> flag = flag(word);
    if (flag.isPresent()) {
      conditions.clear();
      if (flag.get() != joining) {
        conditions.addAll(REFUSE_EMPTY);
      }
      return true;
    }
    for (EmptyCondition condition : EmptyCondition.values()) {
      if (condition.name().toLowerCase(Locale.ROOT).equals(word)) {
        conditions.add(condition);
        return true;
      }
    }
    return false;
  }

  private static Optional<Boolean> flag(String word) {
    if (Set.of("yes", "true", "y", "t", "1", "on").contains(word)) {
      return Optional.of(true);
    }
    if (Set.of("no", "false", "n", "f", "0", "off").contains(word)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
