package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.Field;
import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.decl.RefKinds;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.decl.StepDecl;
import io.ariflow.flows.load.decl.StepDecls;
import io.ariflow.flows.load.decl.StepFields;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.spec.Location;
import io.ariflow.flows.spec.StepCommon;
import io.ariflow.flows.spec.StepSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one step mapping through its type's declaration: unknown type or fields (with suggestions), missing
 * required fields, each field's value, then the spec record and its routing rules.
 */
final class StepReader {

  private final StepDecls decls;
  private final Problems problems;

  StepReader(StepDecls decls, Problems problems) {
    this.decls = decls;
    this.problems = problems;
  }

  ReadStep read(YamlEntry entry) {
    String id = entry.key();
    Location location = entry.keyLocation();
    ReadContext context = new ReadContext(problems);
    if (!ScalarKinds.NAME.matcher(id).matches()) {
      context.error(location, "step id '" + id + "' must use letters, digits, _ and -, starting with a letter");
    }
    Optional<StepSpec> spec = entry.value() instanceof YamlMap map ? typed(id, location, map, context)
        : Optional.empty();
    if (!(entry.value() instanceof YamlMap)) {
      context.error(location, "step '" + id + "' must be a mapping with a type, e.g. {type: answer}");
    }
    return new ReadStep(id, location, spec, context);
  }

  private Optional<StepSpec> typed(String id, Location location, YamlMap map, ReadContext context) {
    Optional<YamlNode> typeNode = map.get("type");
    if (typeNode.isEmpty()) {
      context.error(location, "step '" + id + "' needs a type (" + String.join(", ", decls.names()) + ")");
      fieldsOfNoType(map, context);
      return Optional.empty();
    }
    if (!(typeNode.get() instanceof YamlScalar type)) {
      context.error(typeNode.get(), Messages.wrong("type", "a step type", typeNode.get()));
      return Optional.empty();
    }
    Optional<StepDecl> decl = decls.find(type.text());
    if (decl.isEmpty()) {
      context.error(type, "unknown step type '" + type.text() + "'" + suggestion(type.text()));
      return Optional.empty();
    }
    return fields(id, location, map, decl.get(), context);
  }

  private String suggestion(String type) {
    String hint = DidYouMean.hint(type, decls.names());
    return hint.isEmpty() ? " (types: " + String.join(", ", decls.names()) + ")" : hint;
  }

  private Optional<StepSpec> fields(String id, Location location, YamlMap map, StepDecl decl,
      ReadContext context) {
    int mark = problems.count();
    unknownFields(map, decl, context);
    StepCommon common = common(id, location, map, decl, context);
    Map<String, Object> values = new HashMap<>();
    for (Field<?> field : decl.fields()) {
      Optional<YamlNode> node = map.get(field.name());
      if (node.isPresent()) {
        context.field(field.name(), node.get().location());
        field.kind().read(node.get(), field.name(), context).ifPresent(v -> values.put(field.name(), v));
      } else if (field.required()) {
        context.error(location, Messages.aStep(decl.type()) + " needs '" + field.name() + "' (" + field.doc() + ")");
      }
    }
    if (problems.hasErrorsSince(mark)) {
      return Optional.empty();
    }
    StepSpec spec = decl.build().apply(new StepFields(decl, common, values, map, context));
    RouteRules.check(spec, decl.ownsTimeout(), map, context);
    return Optional.of(spec);
  }

  private void unknownFields(YamlMap map, StepDecl decl, ReadContext context) {
    List<String> known = new ArrayList<>(StepDecls.COMMON_FIELDS);
    decl.fields().forEach(f -> known.add(f.name()));
    for (YamlEntry entry : map.entries()) {
      if (!known.contains(entry.key())) {
        context.error(entry.keyLocation(), "unknown field '" + entry.key() + "' in " + Messages.aStep(decl.type())
            + DidYouMean.hint(entry.key(), known));
      }
    }
  }

  /**
   * Without a type the fields cannot be checked against one, but a name no step type knows (often a misspelt
   * {@code type}) is still reported, so one run shows every problem.
   */
  private void fieldsOfNoType(YamlMap map, ReadContext context) {
    Set<String> known = new LinkedHashSet<>(StepDecls.COMMON_FIELDS);
    decls.all().forEach(decl -> decl.fields().forEach(f -> known.add(f.name())));
    for (YamlEntry entry : map.entries()) {
      if (!known.contains(entry.key())) {
        context.error(entry.keyLocation(), "unknown field '" + entry.key() + "' in a step without a type"
            + DidYouMean.hint(entry.key(), known));
      }
    }
  }

  private StepCommon common(String id, Location location, YamlMap map, StepDecl decl, ReadContext context) {
    Optional<String> next = map.get("next").flatMap(n -> RefKinds.step().read(n, "next", context));
    Map<String, String> on = map.get("on").map(n -> on(n, context)).orElse(Map.of());
    Optional<Duration> timeout = decl.ownsTimeout() ? Optional.empty()
        : map.get("timeout").flatMap(n -> ScalarKinds.duration().read(n, "timeout", context));
    String description = map.get("description")
        .flatMap(n -> ScalarKinds.text("text").read(n, "description", context)).orElse("");
    return new StepCommon(id, next, on, timeout, location, description);
  }

  private static Map<String, String> on(YamlNode node, ReadContext context) {
    Map<String, String> on = new LinkedHashMap<>();
    if (!(node instanceof YamlMap map)) {
      context.error(node, Messages.wrong("on", "a mapping of outcomes to step ids, e.g. {busy: sorry}", node));
      return on;
    }
    for (YamlEntry entry : map.entries()) {
      RefKinds.step().read(entry.value(), "on." + entry.key(), context).ifPresent(t -> on.put(entry.key(), t));
    }
    return on;
  }
}
