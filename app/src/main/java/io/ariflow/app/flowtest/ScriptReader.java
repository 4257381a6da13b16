package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Durations;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.sim.script.ActionText;
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
      f.missing("do", "what the caller does: " + ActionText.ACTIONS);
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
    ActionText.Parsed parsed = ActionText.parse(s.text(), Durations::parse, Durations.HOW);
    if (parsed.action().isEmpty()) {
      problems.error(s.location(), parsed.problem());
    }
    return parsed.action();
  }
}
