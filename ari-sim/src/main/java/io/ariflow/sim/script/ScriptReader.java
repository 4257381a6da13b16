package io.ariflow.sim.script;

import io.ariflow.sim.script.YamlTree.Node;
import io.ariflow.sim.script.YamlTree.Scalar;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads one script step ({@code on}, {@code after}, {@code do}) with its event and action. */
final class ScriptReader {

  private static final List<String> KEYS = List.of("on", "after", "do");
  private static final List<String> VERBS = List.of("press", "hangup", "hold", "unhold", "talk");
  private static final String ACTIONS = "press <digits>, hangup, hold, unhold or talk <duration>";

  private final Problems problems;

  ScriptReader(Problems problems) {
    this.problems = problems;
  }

  ScriptStep step(Node node) {
    Fields f = Fields.of(problems, "a script step", node, KEYS);
    if (f == null) {
      return null;
    }
    Optional<CallEvent> on = f.scalar("on").flatMap(this::event);
    Duration after = f.duration("after", Duration.ZERO);
    if (f.node("do").isEmpty()) {
      f.problem("on", "a script step needs 'do': " + ACTIONS);
      return null;
    }
    return f.scalar("do").flatMap(this::action).map(a -> new ScriptStep(on, after, a)).orElse(null);
  }

  private Optional<CallEvent> event(Scalar s) {
    Optional<CallEvent> event = CallEvent.byYamlName(s.text());
    if (event.isEmpty()) {
      List<String> names = Arrays.stream(CallEvent.values()).map(CallEvent::yamlName).toList();
      problems.at(s, "unknown event '" + s.text() + "'" + Suggest.didYouMean(s.text(), names) + "; events: "
          + String.join(", ", names));
    }
    return event;
  }

  private Optional<CallAction> action(Scalar s) {
    String[] words = s.text().trim().split("\\s+", 2);
    String arg = words.length > 1 ? words[1].trim() : "";
    Optional<CallAction> action = switch (words[0]) {
      case "press" -> arg.matches("[0-9*#A-Da-d]+") ? Optional.of(CallAction.press(arg)) : Optional.empty();
      case "talk" -> Durations.parse(arg).map(CallAction::talk);
      case "hangup" -> arg.isEmpty() ? Optional.of(CallAction.hangup()) : Optional.empty();
      case "hold" -> arg.isEmpty() ? Optional.of(CallAction.hold()) : Optional.empty();
      case "unhold" -> arg.isEmpty() ? Optional.of(CallAction.unhold()) : Optional.empty();
      default -> Optional.empty();
    };
    if (action.isEmpty()) {
      problems.at(s, problem(words[0], s.text()));
    }
    return action;
  }

  private static String problem(String verb, String text) {
    return switch (verb) {
      case "press" -> "'press' needs digits (0-9, *, #, A-D), got '" + text + "'";
      case "talk" -> "'talk' needs " + Durations.EXPECTED + ", got '" + text + "'";
      case "hangup", "hold", "unhold" -> "'" + verb + "' takes no value, got '" + text + "'";
      default -> "unknown action '" + text + "'" + Suggest.didYouMean(verb, VERBS) + "; actions: " + ACTIONS;
    };
  }
}
