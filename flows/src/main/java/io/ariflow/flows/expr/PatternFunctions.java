package io.ariflow.flows.expr;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code matches(s, regex)}: whether the whole text matches. The pattern must be a literal, compiled once
 * when the flow loads, so a bad pattern is a load error and no call ever compiles one.
 */
final class PatternFunctions {

  private PatternFunctions() {
  }

  static List<FunctionDef> all() {
    return List.of(FunctionDef.bound("matches(s, regex)", 2, 2, PatternFunctions::bindMatches));
  }

  private static FunctionDef.Body bindMatches(BindArguments arguments) {
    Pattern pattern = compile(arguments, arguments.requireLiteralText(1, "regex"));
    return a -> pattern.matcher(a.text(0)).matches();
  }

  private static Pattern compile(BindArguments arguments, String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw arguments.fail(1, "invalid regex '" + regex + "': " + e.getDescription()
          + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
    }
  }
}
