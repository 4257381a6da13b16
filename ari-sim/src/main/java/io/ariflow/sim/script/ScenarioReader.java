package io.ariflow.sim.script;

import io.ariflow.sim.script.YamlTree.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Turns a located YAML tree into a {@link Scenario}, collecting every problem on the way. */
final class ScenarioReader {

  private static final List<String> TOP = List.of("calls", "agents");
  private static final List<String> CALL = List.of("from", "name", "to", "context", "endpoint", "args", "at",
      "count", "every", "script");
  private static final List<String> AGENT = List.of("endpoint", "answer-after", "talk", "busy");

  private final Problems problems;
  private final ScriptReader scripts;

  private ScenarioReader(Problems problems) {
    this.problems = problems;
    this.scripts = new ScriptReader(problems);
  }

  static Scenario read(String file, String text) {
    Problems problems = new Problems(file);
    Node root = YamlTree.parse(text, problems);
    Scenario scenario = root == null ? null : new ScenarioReader(problems).scenario(root);
    if (root == null && problems.list().isEmpty()) {
      problems.at(1, 1, "the scenario is empty: expected 'calls:' and/or 'agents:'");
    }
    problems.throwIfAny();
    return scenario;
  }

  private Scenario scenario(Node root) {
    Fields top = Fields.of(problems, "a scenario", root, TOP);
    if (top == null) {
      return null;
    }
    List<CallSpec> calls = top.items("calls").stream().map(this::call).filter(Objects::nonNull).toList();
    List<AgentSpec> agents = top.items("agents").stream().map(this::agent).filter(Objects::nonNull).toList();
    if (top.node("calls").isEmpty() && top.node("agents").isEmpty()) {
      problems.at(root, "a scenario needs 'calls:' and/or 'agents:'");
    }
    return new Scenario(calls, agents);
  }

  private CallSpec call(Node node) {
    Fields f = Fields.of(problems, "a call", node, CALL);
    if (f == null) {
      return null;
    }
    String to = f.required("to");
    String context = f.text("context", null);
    List<String> args = f.strings("args");
    if (context != null && !args.isEmpty()) {
      f.problem("args", "a call takes either 'context' (your dialplan passes the Stasis arguments) or 'args',"
          + " not both");
      args = List.of();
    }
    List<ScriptStep> script = new ArrayList<>();
    f.items("script").forEach(step -> Optional.ofNullable(scripts.step(step)).ifPresent(script::add));
    return new CallSpec(f.text("from", "100"), f.text("name", "sipp"), to, context, f.text("endpoint", "sipp"),
        args, f.duration("at", Duration.ZERO), f.integer("count", 1, 1), f.duration("every", Duration.ofSeconds(1)),
        script);
  }

  private AgentSpec agent(Node node) {
    Fields f = Fields.of(problems, "an agent", node, AGENT);
    if (f == null) {
      return null;
    }
    String endpoint = f.required("endpoint");
    if (!endpoint.isEmpty() && (!endpoint.startsWith("PJSIP/") || endpoint.length() == 6)) {
      f.problem("endpoint", "an agent endpoint is PJSIP/<resource> (e.g. PJSIP/2001), got '" + endpoint + "'");
      return null;
    }
    boolean busy = f.bool("busy");
    if (busy && (f.node("answer-after").isPresent() || f.node("talk").isPresent())) {
      f.problem("busy", "a busy agent never answers: drop 'answer-after' and 'talk', or 'busy'");
    }
    Duration answerAfter = f.duration("answer-after", Duration.ofSeconds(1));
    Optional<Duration> talk = f.optionalDuration("talk");
    return endpoint.isEmpty() ? null : new AgentSpec(endpoint, answerAfter, talk, busy);
  }
}
