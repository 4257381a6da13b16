package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Expression;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.spec.BranchCase;
import io.ariflow.flows.spec.Matcher;
import io.ariflow.flows.spec.MenuChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kinds that name steps: a single target, menu choices, switch cases and branch cases. Every step id read is
 * noted with its place so the validator can check it exists.
 */
public final class RefKinds {

  private RefKinds() {
  }

  /** A step id of the same flow. */
  public static Kind<String> step() {
    return new ScalarKind<>("a step id", Schemas.type("string"), (s, field, context) -> {
      context.target(field, s.text(), s.location());
      return Optional.of(s.text());
    });
  }

  /** Menu choices: key ({@code "1"}, {@code "/[3-5]/"}) -> step id, first match wins. */
  public static Kind<List<MenuChoice>> choices() {
    return new Kind<>() {
      @Override
      public Optional<List<MenuChoice>> read(YamlNode node, String field, ReadContext context) {
        if (!(node instanceof YamlMap map) || map.entries().isEmpty()) {
          context.error(node, Messages.wrong(field, "a mapping of keys to step ids, e.g. \"1\": sales", node));
          return Optional.empty();
        }
        List<MenuChoice> choices = new ArrayList<>();
        boolean ok = true;
        for (YamlEntry entry : map.entries()) {
          Optional<Matcher> matcher = MatchKinds.key(entry.keyNode(), field, context);
          Optional<String> target = step().read(entry.value(), field + "." + entry.key(), context);
          matcher.ifPresent(m -> target.ifPresent(t -> choices.add(new MenuChoice(entry.key(), m, t))));
          ok &= matcher.isPresent() && target.isPresent();
        }
        return ok ? Optional.of(choices) : Optional.empty();
      }

      @Override
      public Map<String, Object> schema() {
        return Schemas.of("type", "object", "minProperties", 1, "additionalProperties", Schemas.type("string"));
      }
    };
  }

  /** Switch cases: value -> step id. */
  public static Kind<Map<String, String>> cases() {
    return new Kind<>() {
      @Override
      public Optional<Map<String, String>> read(YamlNode node, String field, ReadContext context) {
        if (!(node instanceof YamlMap map)) {
          context.error(node, Messages.wrong(field, "a mapping of values to step ids", node));
          return Optional.empty();
        }
        Map<String, String> cases = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlEntry entry : map.entries()) {
          Optional<String> target = step().read(entry.value(), field + "." + entry.key(), context);
          target.ifPresent(t -> cases.put(entry.key(), t));
          ok &= target.isPresent();
        }
        return ok ? Optional.of(cases) : Optional.empty();
      }

      @Override
      public Map<String, Object> schema() {
        return Schemas.mapOf(Schemas.type("string"));
      }
    };
  }

  /** Branch cases: a list of {@code {when: expr, goto: step}}. */
  public static Kind<List<BranchCase>> branchCases() {
    return new Kind<>() {
      @Override
      public Optional<List<BranchCase>> read(YamlNode node, String field, ReadContext context) {
        if (!(node instanceof YamlList list) || list.items().isEmpty()) {
          context.error(node, Messages.wrong(field, "a list of {when: condition, goto: step}", node));
          return Optional.empty();
        }
        List<BranchCase> cases = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
          Optional<BranchCase> one = branchCase(list.items().get(i), field + "[" + (i + 1) + "]", context);
          one.ifPresent(cases::add);
          ok &= one.isPresent();
        }
        return ok ? Optional.of(cases) : Optional.empty();
      }

      @Override
      public Map<String, Object> schema() {
        Map<String, Object> item = Schemas.of("type", "object", "required", List.of("when", "goto"),
            "properties", Schemas.of("when", Schemas.scalarText(), "goto", Schemas.type("string")),
            "additionalProperties", false);
        return Schemas.of("type", "array", "minItems", 1, "items", item);
      }
    };
  }

  private static Optional<BranchCase> branchCase(YamlNode node, String field, ReadContext context) {
    if (!(node instanceof YamlMap map)) {
      context.error(node, Messages.wrong(field, "a mapping {when: condition, goto: step}", node));
      return Optional.empty();
    }
    boolean known = Nested.onlyKnown(map, List.of("when", "goto"), "a branch case", context);
    Optional<Expression> when = Nested.required(map, "when", TextKinds.expression(), field, "a branch case",
        context);
    Optional<String> target = Nested.required(map, "goto", step(), field, "a branch case", context);
    if (!known || when.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BranchCase(when.get(), target.get(), map.location()));
  }
}
