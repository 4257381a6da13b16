package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@code caller:} block over a base (the defaults, or the file's caller for a case): each field
 * written replaces the base's, and {@code args} are added to the base's.
 */
final class CallerReader {

  private static final List<String> FIELDS = List.of("number", "name", "extension", "context", "flow", "args");
  private static final Pattern ARG_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern NO_COMMA = Pattern.compile("[^,]*");

  private final Problems problems;

  CallerReader(Problems problems) {
    this.problems = problems;
  }

  CallerSpec read(YamlNode node, CallerSpec base) {
    return MapFields.of(node, "a caller", FIELDS, problems).map(f -> new CallerSpec(
        f.text("number").orElse(base.number()),
        f.text("name").orElse(base.name()),
        f.text("extension").orElse(base.extension()),
        f.text("context").orElse(base.context()),
        f.text("flow").orElse(base.flow()),
        args(f, base.args()),
        f.location())).orElse(base);
  }

  private Map<String, String> args(MapFields fields, Map<String, String> base) {
    Map<String, String> args = new LinkedHashMap<>(base);
    fields.mapping("args", "{lang: fr, vip: \"true\"}").ifPresent(map -> map.entries().forEach(e -> arg(e, args)));
    return args;
  }

  private void arg(YamlEntry entry, Map<String, String> args) {
    if (!ARG_NAME.matcher(entry.key()).matches()) {
      problems.error(entry.keyLocation(), "Stasis argument names use letters, digits and _ (flows read them as "
          + "args.<name>), not '" + entry.key() + "'");
      return;
    }
    if (!(entry.value() instanceof YamlScalar value) || !NO_COMMA.matcher(value.text()).matches()) {
      problems.error(entry.value().location(), "the Stasis argument '" + entry.key()
          + "' must be one value without commas (Stasis() splits its arguments at commas), not "
          + entry.value().describe());
      return;
    }
    args.put(entry.key(), value.text());
  }
}
