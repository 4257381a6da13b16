package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Expression;
import io.ariflow.flows.expr.Template;
import io.ariflow.flows.load.yaml.ScalarType;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Kinds of templated text, expressions, and maps and lists of them. */
public final class TextKinds {

  private TextKinds() {
  }

  /** A template: text with {@code ${expr}} parts (numbers and booleans are taken as their text). */
  public static Kind<Template> template() {
    return new ScalarKind<>("text (a template)", Schemas.scalarText(), ExprSyntax::template);
  }

  /** An expression, written without {@code ${}}. */
  public static Kind<Expression> expression() {
    return new ScalarKind<>("an expression", Schemas.scalarText(),
        (s, field, context) -> ExprSyntax.expression(s, 0, field, context));
  }

  /** One template or a list of them. */
  public static Kind<List<Template>> templates() {
    return new ListOf<>(template(), "text or a list of texts");
  }

  /** A mapping of names to templates (HTTP headers). */
  public static Kind<Map<String, Template>> templateMap() {
    return new Kind<>() {
      @Override
      public Optional<Map<String, Template>> read(YamlNode node, String field, ReadContext context) {
        if (!(node instanceof YamlMap map)) {
          context.error(node, Messages.wrong(field, "a mapping of names to texts", node));
          return Optional.empty();
        }
        Map<String, Template> values = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlEntry entry : map.entries()) {
          Optional<Template> value = template().read(entry.value(), field + "." + entry.key(), context);
          value.ifPresent(v -> values.put(entry.key(), v));
          ok &= value.isPresent();
        }
        return ok ? Optional.of(values) : Optional.empty();
      }

      @Override
      public Map<String, Object> schema() {
        return Schemas.mapOf(Schemas.scalarText());
      }
    };
  }

  /** Whether a scalar is a string starting with {@code =}, i.e. an expression in a value map. */
  static boolean isComputed(YamlNode node) {
    return node instanceof YamlScalar s && s.type() == ScalarType.STRING && s.text().startsWith("=");
  }

  /** The items of a list node, or the node itself as a one-item list. */
  static List<YamlNode> items(YamlNode node) {
    return node instanceof YamlList list ? list.items() : new ArrayList<>(List.of(node));
  }
}
