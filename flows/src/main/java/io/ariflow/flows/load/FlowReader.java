package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.decl.RefKinds;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.decl.StepDecls;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.spec.Fallback;
import io.ariflow.flows.spec.Location;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one flow document: its top-level fields and every step. Problems go to the draft's own collector so
 * the loader can tell which flows are clean.
 */
final class FlowReader {

  /** The top-level fields of a flow document. */
  static final List<String> FIELDS = List.of("flow", "description", "start", "variables", "fallback", "steps",
      "timezone");
  /** Variable roots the language reserves. */
  static final List<String> RESERVED = List.of("call", "args", "steps", "chan");

  private final StepDecls decls;

  FlowReader(StepDecls decls) {
    this.decls = decls;
  }

  /** The draft of a document, or empty when it is not a flow at all (reported). */
  Optional<FlowDraft> read(String file, YamlNode document, Problems fileProblems) {
    Problems problems = new Problems();
    ReadContext context = new ReadContext(problems);
    if (!(document instanceof YamlMap map)) {
      fileProblems.error(document.location(), "a flow document must be a mapping with flow, start and steps");
      return Optional.empty();
    }
    unknownFields(map, context);
    String id = required(map, "flow", context)
        .flatMap(n -> ScalarKinds.name("a flow id").read(n, "flow", context)).orElse("");
    return Optional.of(draft(file, map, id, problems, context));
  }

  /** A draft even without a usable id (it then has an error), so the rest of the flow is checked too. */
  private FlowDraft draft(String file, YamlMap map, String id, Problems problems, ReadContext context) {
    Location idLocation = map.get("flow").map(YamlNode::location).orElse(map.location());
    String description = map.get("description")
        .flatMap(n -> ScalarKinds.text("text").read(n, "description", context)).orElse("");
    String start = required(map, "start", context).flatMap(n -> RefKinds.step().read(n, "start", context))
        .orElse("");
    Map<String, Location> variableLocations = new LinkedHashMap<>();
    Map<String, Object> variables = map.get("variables").map(n -> variables(n, variableLocations, context))
        .orElse(Map.of());
    Optional<Fallback> fallback = map.get("fallback").flatMap(n -> FallbackReader.read(n, context));
    Optional<String> timezone = map.get("timezone").flatMap(n -> timezone(n, context));
    List<ReadStep> steps = required(map, "steps", context).map(n -> steps(n, problems, context))
        .orElse(List.of());
    return new FlowDraft(id, file, map.location(), idLocation, description, start, variables, variableLocations,
        fallback, timezone, steps, context, problems);
  }

  private static void unknownFields(YamlMap map, ReadContext context) {
    for (YamlEntry entry : map.entries()) {
      if (!FIELDS.contains(entry.key())) {
        String hint = entry.key().equals("type") || entry.key().equals("next")
            ? "; steps go under 'steps:'" : DidYouMean.hint(entry.key(), FIELDS);
        context.error(entry.keyLocation(), "unknown flow field '" + entry.key() + "' (fields: "
            + String.join(", ", FIELDS) + ")" + hint);
      }
    }
  }

  private static Optional<YamlNode> required(YamlMap map, String key, ReadContext context) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      context.error(map.location(), "a flow needs '" + key + "'");
    }
    return node;
  }

  private static Map<String, Object> variables(YamlNode node, Map<String, Location> locations,
      ReadContext context) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (!(node instanceof YamlMap map)) {
      context.error(node, Messages.wrong("variables", "a mapping of names to initial values", node));
      return variables;
    }
    for (YamlEntry entry : map.entries()) {
      if (RESERVED.contains(entry.key())) {
        context.error(entry.keyLocation(), "variable '" + entry.key() + "' would hide " + entry.key()
            + ".*: pick another name");
      } else if (!ScalarKinds.VARIABLE.matcher(entry.key()).matches()) {
        context.error(entry.keyLocation(), "variable '" + entry.key()
            + "' must use letters, digits and _, starting with a letter");
      }
      variables.put(entry.key(), entry.value().plain());
      locations.put(entry.key(), entry.keyLocation());
    }
    return variables;
  }

  private static Optional<String> timezone(YamlNode node, ReadContext context) {
    Optional<String> text = ScalarKinds.text("a time zone").read(node, "timezone", context);
    try {
      text.ifPresent(ZoneId::of);
      return text;
    } catch (DateTimeException e) {
      context.error(node, "unknown time zone '" + text.orElse("") + "': use an IANA name such as Europe/Paris");
      return Optional.empty();
    }
  }

  private List<ReadStep> steps(YamlNode node, Problems problems, ReadContext context) {
    List<ReadStep> steps = new ArrayList<>();
    if (!(node instanceof YamlMap map) || map.entries().isEmpty()) {
      context.error(node, Messages.wrong("steps", "a mapping of step ids to steps", node));
      return steps;
    }
    StepReader reader = new StepReader(decls, problems);
    map.entries().forEach(entry -> steps.add(reader.read(entry)));
    return steps;
  }
}
