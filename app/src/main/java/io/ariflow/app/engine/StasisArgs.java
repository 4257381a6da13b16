package io.ariflow.app.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of {@code Stasis(ariflow, <flow-id>[, key=value ...])}: which flow to run and the
 * variables the dialplan passes to it. Named, never positional, so a dialplan author can add a
 * variable without breaking anything. Channels we create ourselves (dialled legs) enter Stasis with
 * {@code ariflow:leg,<call id>}, a first argument no flow id can take, so they are never mistaken for callers.
 *
 * @param flowId the first argument, empty when the dialplan gave none
 * @param variables the {@code key=value} arguments in order; the bare words after the first become
 *     {@code arg1}, {@code arg2}, ... in order (a {@code key=value} with the same name wins)
 */
public record StasisArgs(Optional<String> flowId, Map<String, String> variables) {

  /** The first argument of the legs we create; a colon cannot appear in a flow id. */
  public static final String LEG_MARKER = "ariflow:leg";

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

  /** The {@code appArgs} of a leg that call {@code callId} creates. */
  public static String legOf(String callId) {
    return LEG_MARKER + "," + callId;
  }

  /** The call that created this channel, when it is one of our legs. */
  public Optional<String> legOwner() {
    return flowId.filter(LEG_MARKER::equals).map(marker -> variables.getOrDefault("arg1", ""));
  }

  private static Map<String, String> variablesOf(List<String> args) {
    Map<String, String> named = new LinkedHashMap<>();
    int positional = 0;
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      int eq = arg.indexOf('=');
      if (eq > 0) {
        named.put(arg.substring(0, eq).trim(), arg.substring(eq + 1).trim());
      }
    }
    Map<String, String> vars = new LinkedHashMap<>(named);
    for (int i = 1; i < args.size(); i++) {
      if (args.get(i).indexOf('=') <= 0) {
        positional++;
        vars.putIfAbsent("arg" + positional, args.get(i).trim());
      }
    }
    return vars;
  }
}
