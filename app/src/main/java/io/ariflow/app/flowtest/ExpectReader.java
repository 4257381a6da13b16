package io.ariflow.app.flowtest;

import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads {@code expect:}: {@code path} and {@code prompts} (a list: exactly these; {@code {contains: [...]}}:
 * these in this order), {@code variables} (name or path -> value), {@code outcome} ({@code caller-hangup},
 * {@code {hangup: busy}}, {@code {transferred: "104"}}, {@code continue}, {@code {failed: text}}, ...) and
 * {@code timeline} (texts the timeline contains).
 */
final class ExpectReader {

  private static final List<String> FIELDS = List.of("path", "prompts", "variables", "outcome", "timeline");
  private static final List<String> MODES = List.of("contains");
  private static final String OUTCOMES = "caller-hangup, hangup, {hangup: <cause>}, continue, "
      + "{continue: <context,extension,priority>}, transferred, {transferred: <to>}, failed, {failed: <text>}, "
      + "cancelled or still-running";

  private final Problems problems;

  ExpectReader(Problems problems) {
    this.problems = problems;
  }

  Expectations read(YamlNode node) {
    return MapFields.of(node, "'expect'", FIELDS, problems).map(f -> new Expectations(
        f.node("path").flatMap(n -> sequence("path", n, UnaryOperator.identity())),
        f.node("prompts").flatMap(n -> sequence("prompts", n, Media::withScheme)),
        f.mapping("variables", "{tier: gold, customer.name: Alice}").map(ExpectReader::variables).orElse(Map.of()),
        f.node("outcome").flatMap(this::outcome),
        f.list("timeline").map(this::texts).orElse(List.of()))).orElse(Expectations.NONE);
  }

  private Optional<SequenceExpectation> sequence(String key, YamlNode node, UnaryOperator<String> item) {
    if (node instanceof YamlList list) {
      return texts(list.items(), item).map(items -> new SequenceExpectation(true, items, node.location()));
    }
    if (node instanceof YamlMap map && map.entries().size() == 1 && MODES.contains(map.entries().get(0).key())) {
      YamlNode inner = map.entries().get(0).value();
      List<YamlNode> items = inner instanceof YamlList list ? list.items() : List.of(inner);
      return texts(items, item).map(texts -> new SequenceExpectation(false, texts, node.location()));
    }
    problems.error(node.location(), "'" + key + "' must be a list (exactly these, in order) or {contains: [...]} "
        + "(these in order, others between), not " + node.describe() + hint(node));
    return Optional.empty();
  }

  private String hint(YamlNode node) {
    if (node instanceof YamlMap map && !map.entries().isEmpty()) {
      return DidYouMean.hint(map.entries().get(0).key(), MODES);
    }
    return "";
  }

  private Optional<List<String>> texts(List<YamlNode> nodes, UnaryOperator<String> item) {
    boolean ok = true;
    for (YamlNode node : nodes) {
      if (!(node instanceof YamlScalar)) {
        problems.error(node.location(), "expected a name here, not " + node.describe());
        ok = false;
      }
    }
    return ok ? Optional.of(nodes.stream().map(n -> item.apply(((YamlScalar) n).text())).toList()) : Optional.empty();
  }

  private List<String> texts(List<YamlNode> nodes) {
    return texts(nodes, UnaryOperator.identity()).orElse(List.of());
  }

  private static Map<String, Object> variables(YamlMap map) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (YamlEntry entry : map.entries()) {
      variables.put(entry.key(), entry.value().plain());
    }
    return variables;
  }

  private Optional<ExpectedOutcome> outcome(YamlNode node) {
    if (node instanceof YamlScalar scalar) {
      return kind(scalar.text(), scalar).map(kind -> new ExpectedOutcome(kind, Optional.empty(), node.location()));
    }
    if (node instanceof YamlMap map && map.entries().size() == 1) {
      YamlEntry entry = map.entries().get(0);
      Optional<OutcomeKind> kind = kind(entry.key(), entry.keyNode());
      if (!(entry.value() instanceof YamlScalar detail)) {
        problems.error(entry.value().location(), "the detail of outcome '" + entry.key() + "' must be one value, not "
            + entry.value().describe());
        return Optional.empty();
      }
      return kind.map(k -> new ExpectedOutcome(k, Optional.of(detail.text()), node.location()));
    }
    problems.error(node.location(), "'outcome' must be one of " + OUTCOMES + ", not " + node.describe());
    return Optional.empty();
  }

  private Optional<OutcomeKind> kind(String name, YamlScalar at) {
    Optional<OutcomeKind> kind = OutcomeKind.byYamlName(name);
    if (kind.isEmpty()) {
      problems.error(at.location(), "unknown outcome '" + name + "'" + DidYouMean.closest(name, OutcomeKind.yamlNames())
          .map(k -> "; did you mean '" + k + "'?").orElse("; outcomes: " + OUTCOMES));
    }
    return kind;
  }
}
