package io.ariflow.sim.script;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A caller's action as scripts write it ({@code press 12#}, {@code talk 3s}, {@code hangup}, {@code hold},
 * {@code unhold}), read the same way by scenario files and by flow-test files; each file kind brings its own
 * duration syntax. A word that is not an action gets a message that says what is allowed.
 */
public final class ActionText {

  /** The action words. */
  public static final List<String> VERBS = List.of("press", "hangup", "hold", "unhold", "talk");
  /** The actions as a problem message lists them. */
  public static final String ACTIONS = "press <digits>, hangup, hold, unhold or talk <duration>";

  private ActionText() {
  }

  /**
   * Reads {@code text}.
   *
   * @param durations how the file writes durations
   * @param durationHint what a duration looks like there, for the message about a bad {@code talk}
   */
  public static Parsed parse(String text, Function<String, Optional<Duration>> durations, String durationHint) {
    String[] words = text.trim().split("\\s+", 2);
    String verb = words[0];
    String arg = words.length > 1 ? words[1].trim() : "";
    Optional<CallAction> action = switch (verb) {
      case "press" -> arg.matches("[0-9*#A-Da-d]+") ? Optional.of(CallAction.press(arg)) : Optional.empty();
      case "talk" -> durations.apply(arg).map(CallAction::talk);
      case "hangup" -> arg.isEmpty() ? Optional.of(CallAction.hangup()) : Optional.empty();
      case "hold" -> arg.isEmpty() ? Optional.of(CallAction.hold()) : Optional.empty();
      case "unhold" -> arg.isEmpty() ? Optional.of(CallAction.unhold()) : Optional.empty();
      default -> Optional.empty();
    };
    return new Parsed(action, action.isPresent() ? "" : problem(verb, text, durationHint));
  }

  private static String problem(String verb, String text, String durationHint) {
    return switch (verb) {
      case "press" -> "'press' needs digits (0-9, *, #, A-D), e.g. press 1, not '" + text + "'";
      case "talk" -> "'talk' needs " + durationHint + ", not '" + text + "'";
      case "hangup", "hold", "unhold" -> "'" + verb + "' takes no value, not '" + text + "'";
      default -> "unknown action '" + text + "'" + Suggest.didYouMean(verb, VERBS) + "; actions: " + ACTIONS;
    };
  }

  /**
   * What the text said.
   *
   * @param action the action, when the text is one
   * @param problem why it is not, otherwise empty
   */
  public record Parsed(Optional<CallAction> action, String problem) {
  }
}
