package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Expression;
import io.ariflow.flows.expr.Template;
import java.util.Objects;

/**
 * A value assigned by {@code set}, {@code return} or {@code call.args}: a YAML literal (number, boolean,
 * null, list, map), a template string, or an expression written {@code =expr}.
 */
public sealed interface ValueSpec permits ValueSpec.Literal, ValueSpec.Text, ValueSpec.Computed {

  /**
   * A non-string YAML value used as is.
   *
   * @param value Number, Boolean, null, List or Map of plain values
   */
  record Literal(Object value) implements ValueSpec {
  }

  /**
   * A string with {@code ${expr}} parts.
   *
   * @param template the template
   */
  record Text(Template template) implements ValueSpec {
    /** Rejects null. */
    public Text {
      Objects.requireNonNull(template, "template");
    }
  }

  /**
   * An expression ({@code =tries + 1} in YAML), evaluated to any type.
   *
   * @param expression the expression, without the leading {@code =}
   */
  record Computed(Expression expression) implements ValueSpec {
    /** Rejects null. */
    public Computed {
      Objects.requireNonNull(expression, "expression");
    }
  }
}
