package io.ariflow.flows.load.queue;

import io.ariflow.flows.load.decl.Kind;
import io.ariflow.flows.load.decl.ListOf;
import io.ariflow.flows.load.decl.MediaKinds;
import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.decl.ScalarKind;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.decl.Schemas;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.queue.definition.EmptyCondition;
import io.ariflow.flows.queue.definition.EmptyRules;
import io.ariflow.flows.spec.MediaRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Value kinds only queue declarations use: app_queue's empty rules, fixed media, skill levels, member ids. */
final class QueueKinds {

  private static final List<String> EMPTY_WORDS = wordsOfEmptyRules();

  private QueueKinds() {
  }

  /** app_queue's {@code joinempty} / {@code leavewhenempty} value; {@code joining} says which. */
  static Kind<Set<EmptyCondition>> emptyRule(boolean joining) {
    String expected = "yes, no, strict, loose, or a comma-separated list of " + String.join(", ", EMPTY_WORDS);
    return new ScalarKind<>(expected, Schemas.type("string"), (s, field, context) -> {
      Optional<Set<EmptyCondition>> rule = EmptyRules.parse(s.text(), joining);
      if (rule.isEmpty()) {
        context.error(s, Messages.wrong(field, expected, s));
      }
      return rule;
    });
  }

  /** Media fixed at load time ({@code sound:queue-periodic-announce}), as ARI media URIs. */
  static Kind<List<String>> fixedMedia() {
    Kind<List<MediaRef>> media = MediaKinds.mediaList();
    return new Kind<>() {
      @Override
      public Optional<List<String>> read(YamlNode node, String field, ReadContext context) {
        return media.read(node, field, context).flatMap(refs -> constant(refs, node, field, context));
      }

      @Override
      public Map<String, Object> schema() {
        return media.schema();
      }
    };
  }

  private static Optional<List<String>> constant(List<MediaRef> refs, YamlNode node, String field,
      ReadContext context) {
    List<String> uris = new ArrayList<>();
    for (MediaRef ref : refs) {
      if (!ref.resource().isConstant()) {
        context.error(node, "'" + field + "' is played outside any call, so it cannot use ${...}: write the"
            + " media literally");
        return Optional.empty();
      }
      uris.add(ref.scheme().prefix() + ":" + ref.resource().constantText());
    }
    return Optional.of(uris);
  }

  /** Skill name -> level (a whole number of at least 0). */
  static Kind<Map<String, Integer>> skills() {
    Kind<Integer> level = ScalarKinds.integer(0);
    return new Kind<>() {
      @Override
      public Optional<Map<String, Integer>> read(YamlNode node, String field, ReadContext context) {
        if (!(node instanceof YamlMap map)) {
          context.error(node, Messages.wrong(field, "a mapping of skills to levels, e.g. {english: 5}", node));
          return Optional.empty();
        }
        Map<String, Integer> skills = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlEntry entry : map.entries()) {
          Optional<Integer> value = level.read(entry.value(), field + "." + entry.key(), context);
          value.ifPresent(v -> skills.put(entry.key(), v));
          ok &= value.isPresent();
        }
        return ok ? Optional.of(skills) : Optional.empty();
      }

      @Override
      public Map<String, Object> schema() {
        return Schemas.mapOf(level.schema());
      }
    };
  }

  /** DTMF keys written together ({@code "0*"}). */
  static Kind<String> keys() {
    String expected = "DTMF keys written together, e.g. \"0*\" (0-9, *, #)";
    return new ScalarKind<>(expected, Schemas.pattern("^[0-9*#]*$"), (s, field, context) -> {
      if (!s.text().matches("[0-9*#]*")) {
        context.error(s, Messages.wrong(field, expected, s));
        return Optional.empty();
      }
      return Optional.of(s.text());
    });
  }

  /** A list of items of {@code kind}, one or many. */
  static <T> Kind<List<T>> listOf(Kind<T> kind, String expected) {
    return new ListOf<>(kind, expected);
  }

  private static List<String> wordsOfEmptyRules() {
    return Arrays.stream(EmptyCondition.values()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
  }
}
