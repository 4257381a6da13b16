package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/** Reads the fields of a small nested mapping (a branch case, a screen): unknown keys, missing keys. */
final class Nested {

  private Nested() {
  }

  /** Reports keys of {@code map} not in {@code known}; returns whether there were none. */
  static boolean onlyKnown(YamlMap map, List<String> known, String what, ReadContext context) {
    boolean ok = true;
    for (YamlEntry entry : map.entries()) {
      if (!known.contains(entry.key())) {
        context.error(entry.keyLocation(), "unknown field '" + entry.key() + "' in " + what + " (fields: "
            + String.join(", ", known) + ")" + DidYouMean.hint(entry.key(), known));
        ok = false;
      }
    }
    return ok;
  }

  /** The value of a required key, reporting it when missing. */
  static <T> Optional<T> required(YamlMap map, String key, Kind<T> kind, String field, String what,
      ReadContext context) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      context.error(map, what + " needs '" + key + "'");
      return Optional.empty();
    }
    return kind.read(node.get(), field + "." + key, context);
  }
}
