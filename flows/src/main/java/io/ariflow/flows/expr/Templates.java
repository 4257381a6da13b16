package io.ariflow.flows.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point for parsing templates: text with {@code ${expr}} parts; <code>$${</code> writes a literal
 * <code>${</code>, and any other {@code $} is just a character.
 */
public final class Templates {

  private Templates() {
  }

  /**
   * Parses {@code text} with the standard functions.
   *
   * @throws ExpressionException with the offset in the whole text of the first syntax error
   */
  public static Template parse(String text) {
    return parse(text, FunctionRegistry.standard());
  }

  /** Parses {@code text} with a registry extended by custom functions. */
  public static Template parse(String text, FunctionRegistry functions) {
    List<Template.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        literal.append("${");
        i += 3;
      } else if (text.startsWith("${", i)) {
        flush(literal, parts);
        i = interpolation(text, i, functions, parts);
      } else {
        literal.append(text.charAt(i));
        i++;
      }
    }
    flush(literal, parts);
    return new Template(text, parts);
  }

  /** Parses the part opened at {@code open} and returns the offset after its closing brace. */
  private static int interpolation(String text, int open, FunctionRegistry functions, List<Template.Part> parts) {
    Parser parser = new Parser(text, open + 2, functions);
    Node root = parser.interpolation(open);
    int close = parser.lastStart();
    String source = text.substring(open + 2, close).strip();
    parts.add(new Template.Interpolation(new Expression(source, root), root));
    return parser.end();
  }

  private static void flush(StringBuilder literal, List<Template.Part> parts) {
    if (!literal.isEmpty()) {
      parts.add(new Template.Literal(literal.toString()));
      literal.setLength(0);
    }
  }
}
