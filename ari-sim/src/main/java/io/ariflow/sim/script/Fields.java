package io.ariflow.sim.script;

import com.fasterxml.jackson.core.JsonToken;
import io.ariflow.sim.script.YamlTree.Entry;
import io.ariflow.sim.script.YamlTree.ListNode;
import io.ariflow.sim.script.YamlTree.MapNode;
import io.ariflow.sim.script.YamlTree.Node;
import io.ariflow.sim.script.YamlTree.Scalar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, located access to the keys of one YAML map (a call, a step, an agent). Unknown and repeated keys,
 * missing required keys and values of the wrong type become problems at the offending line and column;
 * getters then return a default so that reading goes on and every problem is reported at once.
 */
final class Fields {

  private final Problems problems;
  private final String what;
  private final MapNode map;

  private Fields(Problems problems, String what, MapNode map) {
    this.problems = problems;
    this.what = what;
    this.map = map;
  }

  /** The map's fields, or null (with a problem) when {@code node} is not a map. */
  static Fields of(Problems problems, String what, Node node, List<String> allowed) {
    if (!(node instanceof MapNode map)) {
      problems.at(node, what + " must be a map with keys " + String.join(", ", allowed));
      return null;
    }
    Set<String> seen = new HashSet<>();
    for (Entry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        problems.at(e.line(), e.column(), "unknown key '" + e.key() + "' in " + what
            + Suggest.didYouMean(e.key(), allowed) + "; allowed: " + String.join(", ", allowed));
      } else if (!seen.add(e.key())) {
        problems.at(e.line(), e.column(), "duplicate key '" + e.key() + "' in " + what);
      }
    }
    return new Fields(problems, what, map);
  }

  Optional<Node> node(String key) {
    return map.entries().stream().filter(e -> e.key().equals(key)).findFirst().map(Entry::value);
  }

  Optional<Scalar> scalar(String key) {
    Optional<Node> node = node(key);
    if (node.isPresent() && !(node.get() instanceof Scalar)) {
      problems.at(node.get(), "'" + key + "' in " + what + " must be a single value");
      return Optional.empty();
    }
    return node.map(Scalar.class::cast).filter(s -> !s.isNull());
  }

  String text(String key, String fallback) {
    return scalar(key).map(Scalar::text).orElse(fallback);
  }

  String required(String key) {
    Optional<Scalar> value = scalar(key);
    if (value.isEmpty() && node(key).isEmpty()) {
      problems.at(map, what + " needs '" + key + "'");
    }
    return value.map(Scalar::text).orElse("");
  }

  Duration duration(String key, Duration fallback) {
    return scalar(key).map(s -> durationOf(key, s, fallback)).orElse(fallback);
  }

  Optional<Duration> optionalDuration(String key) {
    return node(key).isEmpty() ? Optional.empty() : Optional.of(duration(key, Duration.ZERO));
  }

  int integer(String key, int fallback, int min) {
    return scalar(key).map(s -> integerOf(key, s, fallback, min)).orElse(fallback);
  }

  boolean bool(String key) {
    return scalar(key).map(s -> boolOf(key, s)).orElse(false);
  }

  /** A list of values; a single value counts as a list of one. */
  List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    node(key).ifPresent(n -> addStrings(key, n, out));
    return out;
  }

  /** The items of a list-valued key (empty when absent). */
  List<Node> items(String key) {
    Optional<Node> node = node(key);
    if (node.isEmpty() || node.get() instanceof Scalar s && s.isNull()) {
      return List.of();
    }
    if (node.get() instanceof ListNode l) {
      return l.items();
    }
    problems.at(node.get(), "'" + key + "' in " + what + " must be a list (items start with '- ')");
    return List.of();
  }

  private Duration durationOf(String key, Scalar s, Duration fallback) {
    Optional<Duration> d = Durations.parse(s.text());
    if (d.isEmpty()) {
      problems.at(s, "'" + key + "' must be " + Durations.EXPECTED + ", got '" + s.text() + "'");
    }
    return d.orElse(fallback);
  }

  private int integerOf(String key, Scalar s, int fallback, int min) {
    if (s.token() != JsonToken.VALUE_NUMBER_INT || Long.parseLong(s.text()) < min) {
      problems.at(s, "'" + key + "' must be a whole number of at least " + min + ", got '" + s.text() + "'");
      return fallback;
    }
    return Integer.parseInt(s.text());
  }

  private boolean boolOf(String key, Scalar s) {
    if (s.token() != JsonToken.VALUE_TRUE && s.token() != JsonToken.VALUE_FALSE) {
      problems.at(s, "'" + key + "' must be true or false, got '" + s.text() + "'");
      return false;
    }
    return s.token() == JsonToken.VALUE_TRUE;
  }

  private void addStrings(String key, Node node, List<String> out) {
    if (node instanceof Scalar s && !s.isNull()) {
      out.add(s.text());
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) {
        if (item instanceof Scalar s) {
          out.add(s.text());
        } else {
          problems.at(item, "'" + key + "' must list plain values");
        }
      }
    }
  }

  void problem(String key, String message) {
    map.entries().stream().filter(e -> e.key().equals(key)).findFirst()
        .ifPresentOrElse(e -> problems.at(e.line(), e.column(), message), () -> problems.at(map, message));
  }
}
