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
      f.problem("on", "a script step needs 'do': " + ActionText.ACTIONS);
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
    ActionText.Parsed parsed = ActionText.parse(s.text(), Durations::parse, Durations.EXPECTED);
    if (parsed.action().isEmpty()) {
      problems.at(s, parsed.problem());
    }
    return parsed.action();
  }
}
