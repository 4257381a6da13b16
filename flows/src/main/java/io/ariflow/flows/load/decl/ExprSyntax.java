package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Expression;
import io.ariflow.flows.expr.ExpressionException;
import io.ariflow.flows.expr.Expressions;
import io.ariflow.flows.expr.Template;
import io.ariflow.flows.expr.Templates;
import io.ariflow.flows.expr.VariableRef;
import io.ariflow.flows.load.yaml.YamlScalar;
import java.util.Optional;
import java.util.Set;

/**
 * Parses templates and expressions written in YAML scalars, reporting a syntax error at the exact column of
 * the scalar and noting every variable read with its own column for the undefined-variable check.
 */
public final class ExprSyntax {

  private ExprSyntax() {
  }

  /** The scalar's text as a template. */
  public static Optional<Template> template(YamlScalar scalar, String field, ReadContext context) {
    return template(scalar, 0, field, context);
  }

  /** The scalar's text from {@code offset} on as a template (the part after {@code sound:}). */
  public static Optional<Template> template(YamlScalar scalar, int offset, String field, ReadContext context) {
    try {
      Template template = Templates.parse(scalar.text().substring(offset));
      noteReads(template.references(), scalar, offset, context);
      return Optional.of(template);
    } catch (ExpressionException e) {
      context.error(scalar.locationAt(offset + e.position()), "'" + field + "': " + e.message());
      return Optional.empty();
    }
  }

  /** The scalar's text from {@code offset} on (1 after a leading {@code =}) as an expression. */
  public static Optional<Expression> expression(YamlScalar scalar, int offset, String field,
      ReadContext context) {
    try {
      Expression expression = Expressions.parse(scalar.text().substring(offset));
      noteReads(expression.references(), scalar, offset, context);
      return Optional.of(expression);
    } catch (ExpressionException e) {
      context.error(scalar.locationAt(offset + e.position()), "'" + field + "': " + e.message());
      return Optional.empty();
    }
  }

  private static void noteReads(Set<VariableRef> refs, YamlScalar scalar, int offset, ReadContext context) {
    refs.forEach(ref -> context.read(ref.path(), scalar.locationAt(offset + ref.position())));
  }
}
