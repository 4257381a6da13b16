package io.ariflow.app.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of {@code Stasis(ariflow, <flow-id>[, key=value ...])}: which flow to run and the
 * variables the dialplan passes to it. Named, never positional, so a dialplan author can add a
 * variable without breaking anything.
 *
 * @param flowId the first argument, empty when the dialplan gave none
 * @param variables the {@code key=value} arguments in order; a bare word after the first becomes {@code argN=word}
 */
public record StasisArgs(Optional<String> flowId, Map<String, String> variables) {

  public StasisArgs {
    variables = Map.copyOf(variables);
  }

  /** Parses the {@code args} list of a StasisStart event (null or empty allowed). */
  public static StasisArgs parse(List<String> args) {
    if (args == null || args.isEmpty() || args.get(0).isBlank()) {
      return new StasisArgs(Optional.empty(), variablesOf(args == null ? List.of() : args));
    }
    return new StasisArgs(Optional.of(args.get(0).trim()), variablesOf(args));
  }

  private static Map<String, String> variablesOf(List<String> args) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      int eq = arg.indexOf('=');
      if (eq > 0) {
        vars.put(arg.substring(0, eq).trim(), arg.substring(eq + 1).trim());
      } else {
        vars.put("arg" + i, arg.trim());
      }
    }
    return vars;
  }
}
