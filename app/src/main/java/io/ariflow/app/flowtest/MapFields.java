package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Durations;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.ScalarType;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.spec.Location;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one mapping in a test file, read with every mistake reported where it is written: unknown
 * keys (with "did you mean"), values of the wrong shape, bad durations. Readers ask for what they need and
 * get empty when it is missing or wrong, so one pass reports everything.
 */
final class MapFields {

  private final YamlMap map;
  private final String what;
  private final Problems problems;

  private MapFields(YamlMap map, String what, Problems problems) {
    this.map = map;
    this.what = what;
    this.problems = problems;
  }

  /** The fields of {@code node}, a mapping describing {@code what}; empty (and a problem) when it is not one. */
  static Optional<MapFields> of(YamlNode node, String what, List<String> allowed, Problems problems) {
    if (!(node instanceof YamlMap map)) {
      problems.error(node.location(), what + " must be a mapping of " + String.join(", ", allowed) + ", not "
          + node.describe());
      return Optional.empty();
    }
    for (YamlEntry entry : map.entries()) {
      if (!allowed.contains(entry.key())) {
        problems.error(entry.keyLocation(), "unknown field '" + entry.key() + "' in " + what
            + Hints.orList(entry.key(), allowed, "fields"));
      }
    }
    return Optional.of(new MapFields(map, what, problems));
  }

  Location location() {
    return map.location();
  }

  Optional<YamlNode> node(String key) {
    return map.get(key);
  }

  /** Reports that {@code key} is missing, with what it is for. */
  void missing(String key, String purpose) {
    problems.error(map.location(), what + " needs '" + key + "' (" + purpose + ")");
  }

  /** A scalar's text; numbers and booleans as written, null as missing. */
  Optional<YamlScalar> scalar(String key) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty() || isNull(node.get())) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar scalar) {
      return Optional.of(scalar);
    }
    problems.error(node.get().location(), "'" + key + "' must be a single value, not " + node.get().describe());
    return Optional.empty();
  }

  Optional<String> text(String key) {
    return scalar(key).map(YamlScalar::text);
  }

  Optional<Duration> duration(String key) {
    return scalar(key).flatMap(s -> {
      Optional<Duration> parsed = Durations.parse(s.text());
      if (parsed.isEmpty()) {
        problems.error(s.location(), "'" + key + "' must be a duration: " + Durations.HOW + ", not " + s.describe());
      }
      return parsed;
    });
  }

  /** A whole number between {@code min} and {@code max}. */
  Optional<Integer> integer(String key, int min, int max) {
    return scalar(key).flatMap(s -> {
      if (s.type() == ScalarType.INTEGER && s.text().length() < 10) {
        int value = Integer.parseInt(s.text());
        if (value >= min && value <= max) {
          return Optional.of(value);
        }
      }
      problems.error(s.location(), "'" + key + "' must be a whole number from " + min + " to " + max + ", not "
          + s.describe());
      return Optional.empty();
    });
  }

  /** A list; a single value reads as a list of one. */
  Optional<List<YamlNode>> list(String key) {
    return map.get(key).filter(node -> !isNull(node))
        .map(node -> node instanceof YamlList list ? list.items() : List.of(node));
  }

  /** A mapping node, or empty and a problem. */
  Optional<YamlMap> mapping(String key, String example) {
    Optional<YamlNode> node = map.get(key).filter(n -> !isNull(n));
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlMap inner) {
      return Optional.of(inner);
    }
    problems.error(node.get().location(), "'" + key + "' must be a mapping, e.g. " + example + ", not "
        + node.get().describe());
    return Optional.empty();
  }

  static boolean isNull(YamlNode node) {
    return node instanceof YamlScalar scalar && scalar.type() == ScalarType.NULL;
  }
}
