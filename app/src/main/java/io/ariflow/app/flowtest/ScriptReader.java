package io.ariflow.app.flowtest;

import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.Durations;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.sim.script.CallAction;
import io.ariflow.sim.script.CallEvent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the caller's script: steps of {@code on} (an event of the call) or {@code prompt} (a prompt that
 * starts), {@code after} (a delay) and {@code do}, whose actions are the simulator's scripted-caller actions:
 * {@code press <digits>}, {@code hangup}, {@code hold}, {@code unhold}, {@code talk <duration>}.
 */
final class ScriptReader {

  private static final List<String> FIELDS = List.of("on", "prompt", "after", "do");
  private static final List<String> VERBS = List.of("press", "hangup", "hold", "unhold", "talk");
  private static final String ACTIONS = "press <digits>, hangup, hold, unhold or talk <duration>";

  private final Problems problems;

  ScriptReader(Problems problems) {
    this.problems = problems;
  }

  List<CallerStep> read(List<YamlNode> steps) {
    return steps.stream().map(this::step).flatMap(Optional::stream).toList();
  }

  private Optional<CallerStep> step(YamlNode node) {
    return MapFields.of(node, "a script step", FIELDS, problems).flatMap(this::step);
  }

  private Optional<CallerStep> step(MapFields f) {
    Optional<YamlScalar> on = f.scalar("on");
    Optional<YamlScalar> prompt = f.scalar("prompt");
    if (on.isPresent() && prompt.isPresent()) {
      problems.error(prompt.get().location(), "a script step waits for 'on' or 'prompt', not both: split it in two");
    }
    Optional<Trigger> trigger = on.isPresent() ? on.flatMap(this::event) : prompt.map(this::prompt);
    Duration after = f.duration("after").orElse(Duration.ZERO);
    Optional<YamlScalar> action = f.scalar("do");
    if (action.isEmpty()) {
      f.missing("do", "what the caller does: " + ACTIONS);
      return Optional.empty();
    }
    return action(action.get()).map(a -> new CallerStep(trigger, after, a, f.location()));
  }

  private Optional<Trigger> event(YamlScalar s) {
    Optional<CallEvent> event = CallEvent.byYamlName(s.text());
    if (event.isEmpty()) {
      List<String> names = Arrays.stream(CallEvent.values()).map(CallEvent::yamlName).toList();
      problems.error(s.location(), "unknown event '" + s.text() + "'" + Hints.orList(s.text(), names, "events")
          + " (or write prompt: <media> to wait for a prompt)");
    }
    return event.map(Trigger.OnEvent::new);
  }

  private Trigger prompt(YamlScalar s) {
    return new Trigger.OnPrompt(Media.withScheme(s.text()));
  }

  private Optional<CallAction> action(YamlScalar s) {
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
      problems.error(s.location(), problem(words[0], s.text()));
    }
    return action;
  }

  private static String problem(String verb, String text) {
    return switch (verb) {
      case "press" -> "'press' needs digits (0-9, *, #, A-D), e.g. press 1, not '" + text + "'";
      case "talk" -> "'talk' needs a duration: " + Durations.HOW + ", not '" + text + "'";
      case "hangup", "hold", "unhold" -> "'" + verb + "' takes no value, not '" + text + "'";
      default -> "unknown action '" + text + "'" + DidYouMean.closest(verb, VERBS).map(v -> "; did you mean '" + v
          + "'?").orElse("; actions: " + ACTIONS);
    };
  }
}
