package io.ariflow.flows.expr;

import java.util.Objects;

/**
 * One function of the language: its name, its arity (checked when the expression is parsed) and a binder
 * that runs once at parse time, so work such as compiling a regular expression never happens per call.
 *
 * @param name the name used in calls
 * @param signature how it is called, shown in messages, e.g. {@code substr(s, start[, len])}
 * @param minArgs the fewest arguments accepted
 * @param maxArgs the most arguments accepted ({@link Integer#MAX_VALUE} for any number)
 * @param binder prepares the body from the call's arguments as written
 */
public record FunctionDef(String name, String signature, int minArgs, int maxArgs, Binder binder) {

  /** Runs at parse time with the arguments as written; may reject them with a parse error. */
  @FunctionalInterface
  public interface Binder {
    Body bind(BindArguments arguments);
  }

  /** Runs at evaluation time with the evaluated arguments. */
  @FunctionalInterface
  public interface Body {
    Object apply(Arguments arguments);
  }

  /** Rejects an inconsistent declaration. */
  public FunctionDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(binder, "binder");
    if (minArgs < 0 || maxArgs < minArgs) {
      throw new IllegalArgumentException("bad arity " + minArgs + ".." + maxArgs + " for " + name);
    }
  }

  /** A function that needs nothing prepared; the name is the signature up to its {@code (}. */
  public static FunctionDef of(String signature, int minArgs, int maxArgs, Body body) {
    return bound(signature, minArgs, maxArgs, arguments -> body);
  }

  /** A function whose body is prepared at parse time by {@code binder}. */
  public static FunctionDef bound(String signature, int minArgs, int maxArgs, Binder binder) {
    String name = signature.substring(0, signature.indexOf('('));
    return new FunctionDef(name, signature, minArgs, maxArgs, binder);
  }

  /** Whether {@code count} arguments are acceptable. */
  public boolean accepts(int count) {
    return count >= minArgs && count <= maxArgs;
  }

  /** The accepted counts in words: "1 argument", "2 or 3 arguments", "at least 2 arguments". */
  public String arity() {
    if (maxArgs == Integer.MAX_VALUE) {
      return "at least " + plural(minArgs);
    }
    if (minArgs == maxArgs) {
      return plural(minArgs);
    }
    return minArgs + (maxArgs == minArgs + 1 ? " or " : " to ") + plural(maxArgs);
  }

  private static String plural(int count) {
    return count + (count == 1 ? " argument" : " arguments");
  }
}
