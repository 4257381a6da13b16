package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Template;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.load.yaml.ScalarType;
import io.ariflow.flows.spec.HttpBody;
import io.ariflow.flows.spec.ValueSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Kinds of assigned values ({@code set}, {@code return}, {@code call.args}) and HTTP bodies. */
public final class ValueKinds {

  private ValueKinds() {
  }

  /**
   * A mapping of variable names to values: {@code =expr} is an expression, other text a template, other
   * scalars and structures literals. With {@code assigns}, each name is noted as a flow variable set.
   */
  public static Kind<Map<String, ValueSpec>> valueMap(boolean assigns) {
    return new Kind<>() {
      @Override
      public Optional<Map<String, ValueSpec>> read(YamlNode node, String field, ReadContext context) {
        if (!(node instanceof YamlMap map)) {
          context.error(node, Messages.wrong(field, "a mapping of names to values", node));
          return Optional.empty();
        }
        return entries(map, field, assigns, context);
      }

      @Override
      public Map<String, Object> schema() {
        String names = (assigns ? ScalarKinds.VARIABLE : ScalarKinds.NAME).pattern();
        return Schemas.of("type", "object", "propertyNames", Schemas.pattern("^" + names + "$"),
            "additionalProperties", Schemas.of());
      }
    };
  }

  private static Optional<Map<String, ValueSpec>> entries(YamlMap map, String field, boolean assigns,
      ReadContext context) {
    Map<String, ValueSpec> values = new LinkedHashMap<>();
    boolean ok = true;
    for (YamlEntry entry : map.entries()) {
      Pattern names = assigns ? ScalarKinds.VARIABLE : ScalarKinds.NAME;
      if (!names.matcher(entry.key()).matches()) {
        context.error(entry.keyLocation(), "'" + entry.key() + "' is not a valid name in '" + field
            + "': use letters, digits" + (assigns ? " and _" : ", _ and -") + ", starting with a letter");
        ok = false;
        continue;
      }
      if (assigns) {
        context.write(entry.key(), entry.keyLocation());
      }
      Optional<ValueSpec> value = value(entry.value(), field + "." + entry.key(), context);
      value.ifPresent(v -> values.put(entry.key(), v));
      ok &= value.isPresent();
    }
    return ok ? Optional.of(values) : Optional.empty();
  }

  /** One assigned value. */
  static Optional<ValueSpec> value(YamlNode node, String field, ReadContext context) {
    if (TextKinds.isComputed(node)) {
      YamlScalar s = (YamlScalar) node;
      return ExprSyntax.expression(s, 1, field, context).map(ValueSpec.Computed::new);
    }
    if (node instanceof YamlScalar s && s.type() == ScalarType.STRING) {
      return ExprSyntax.template(s, field, context).map(ValueSpec.Text::new);
    }
    return Optional.of(new ValueSpec.Literal(node.plain()));
  }

  /** The name of a flow variable this step sets ({@code into}). */
  public static Kind<String> assigned() {
    Kind<String> name = ScalarKinds.variableName();
    return new ScalarKind<>("a variable name", name.schema(), (s, field, context) -> {
      Optional<String> value = name.read(s, field, context);
      value.ifPresent(v -> context.write(v, s.location()));
      return value;
    });
  }

  /** The name of a flow variable this step reads or clears ({@code unset}). */
  public static Kind<String> variable() {
    Kind<String> name = ScalarKinds.variableName();
    return new ScalarKind<>("a variable name", name.schema(), (s, field, context) -> {
      Optional<String> value = name.read(s, field, context);
      value.ifPresent(v -> context.read(List.of(v), s.location()));
      return value;
    });
  }

  /** An HTTP body: text (a template) or a YAML structure sent as JSON with templated strings. */
  public static Kind<HttpBody> httpBody() {
    return new Kind<>() {
      @Override
      public Optional<HttpBody> read(YamlNode node, String field, ReadContext context) {
        if (node instanceof YamlScalar s && s.type() == ScalarType.STRING) {
          return ExprSyntax.template(s, field, context).map(HttpBody.Text::new);
        }
        Problems mark = new Problems(context);
        Object json = json(node, field, context);
        return mark.clean() ? Optional.of(new HttpBody.Json(json)) : Optional.empty();
      }

      @Override
      public Map<String, Object> schema() {
        return Schemas.of();
      }
    };
  }

  private static Object json(YamlNode node, String field, ReadContext context) {
    if (node instanceof YamlMap map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.entries().forEach(e -> out.put(e.key(), json(e.value(), field + "." + e.key(), context)));
      return out;
    }
    if (node instanceof YamlList list) {
      List<Object> out = new ArrayList<>();
      list.items().forEach(i -> out.add(json(i, field, context)));
      return out;
    }
    YamlScalar s = (YamlScalar) node;
    if (s.type() == ScalarType.STRING) {
      Optional<Template> template = ExprSyntax.template(s, field, context);
      return template.isPresent() ? template.get() : s.text();
    }
    return s.plain();
  }

  /** Remembers the problem count so a reader can tell whether it added errors. */
  private record Problems(ReadContext context, int mark) {
    Problems(ReadContext context) {
      this(context, context.problems().count());
    }

    boolean clean() {
      return !context.problems().hasErrorsSince(mark);
    }
  }
}
