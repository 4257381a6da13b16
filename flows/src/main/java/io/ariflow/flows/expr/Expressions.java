package io.ariflow.flows.expr;

/** Entry point for parsing {@code when}/{@code if} expressions (written without {@code ${}}). */
public final class Expressions {

  private Expressions() {
  }

  /**
   * Parses {@code source} with the standard functions.
   *
   * @throws ExpressionException with the 0-based offset of the first syntax error and how to fix it
   */
  public static Expression parse(String source) {
    return parse(source, FunctionRegistry.standard());
  }

  /** Parses {@code source} with a registry extended by custom functions. */
  public static Expression parse(String source, FunctionRegistry functions) {
    return new Expression(source, new Parser(source, 0, functions).whole());
  }
}
