package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.VarRead;
import io.ariflow.flows.load.decl.VarWrite;
import io.ariflow.flows.spec.CallSpec;
import io.ariflow.flows.spec.CustomSpec;
import io.ariflow.flows.spec.GetVarSpec;
import io.ariflow.flows.spec.StepSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every variable an expression or template reads exists somewhere: a declared or set flow variable, a
 * {@code call.*} value, {@code args.*}, a {@code chan.*} some get-var step reads, or a result a step of the
 * flow produces ({@code steps.<id>.<field>}).
 */
final class VariableCheck {

  /** The {@code call.*} values the engine provides. */
  static final List<String> CALL_VALUES = List.of("id", "channel", "channelId", "caller.number", "caller.name",
      "extension", "context", "language");

  private final FlowDraft draft;
  private final Function<String, Optional<Set<String>>> returnsOf;
  private final Set<String> variables = new LinkedHashSet<>();

  private VariableCheck(FlowDraft draft, Function<String, Optional<Set<String>>> returnsOf) {
    this.draft = draft;
    this.returnsOf = returnsOf;
  }

  /** Checks {@code draft}; {@code returnsOf} gives the names a called flow's return steps hand back. */
  static void check(FlowDraft draft, Function<String, Optional<Set<String>>> returnsOf) {
    new VariableCheck(draft, returnsOf).run();
  }

  private void run() {
    variables.addAll(draft.variables().keySet());
    List<VarWrite> writes = new ArrayList<>();
    draft.steps().forEach(s -> writes.addAll(s.facts().writes()));
    for (VarWrite write : writes) {
      if (FlowReader.RESERVED.contains(write.name())) {
        draft.problems().error(write.location(), "cannot set '" + write.name() + "': call, args, steps and chan"
            + " are reserved; pick another name");
      }
      variables.add(write.name());
    }
    draft.steps().forEach(s -> s.facts().reads().forEach(this::read));
  }

  private void read(VarRead read) {
    List<String> path = read.path();
    String root = path.get(0);
    Optional<String> problem = switch (root) {
      case "call" -> callValue(path);
      case "args" -> Optional.empty();
      case "chan" -> channelVariable(path);
      case "steps" -> stepResult(path);
      default -> flowVariable(root);
    };
    problem.ifPresent(message -> draft.problems().error(read.location(), message));
  }

  private Optional<String> callValue(List<String> path) {
    String rest = String.join(".", path.subList(1, path.size()));
    boolean known = rest.isEmpty() || CALL_VALUES.stream().anyMatch(v -> v.equals(rest) || v.startsWith(rest + "."));
    List<String> all = CALL_VALUES.stream().map(v -> "call." + v).toList();
    return known ? Optional.empty() : Optional.of("unknown call value 'call." + rest + "' (call values: "
        + String.join(", ", all) + ")" + DidYouMean.hint("call." + rest, all));
  }

  private Optional<String> channelVariable(List<String> path) {
    if (path.size() < 2) {
      return Optional.empty();
    }
    String name = path.get(1);
    boolean read = draft.built().values().stream().anyMatch(s -> s instanceof GetVarSpec g
        && (!g.name().isConstant() || g.name().constantText().equals(name)));
    return read ? Optional.empty() : Optional.of("'chan." + name + "' is never read: add a get-var step with"
        + " name: " + name + " before using it");
  }

  private Optional<String> stepResult(List<String> path) {
    if (path.size() < 2) {
      return Optional.empty();
    }
    String id = path.get(1);
    if (!draft.stepIds().contains(id)) {
      return Optional.of("'steps." + id + "': no step '" + id + "' in this flow" + DidYouMean.hint(id,
          draft.stepIds()));
    }
    StepSpec spec = draft.built().get(id);
    if (path.size() < 3 || spec == null) {
      return Optional.empty();
    }
    return resultsOf(spec).filter(results -> !results.contains(path.get(2))).map(results -> "step '" + id + "' ("
        + spec.typeName() + ") has no result '" + path.get(2) + "' (results: " + listed(results) + ")"
        + DidYouMean.hint(path.get(2), results));
  }

  /** The results a step produces, empty when any name may appear (custom steps, unknown callees). */
  private Optional<Set<String>> resultsOf(StepSpec spec) {
    if (spec instanceof CustomSpec) {
      return Optional.empty();
    }
    if (spec instanceof CallSpec call) {
      return returnsOf.apply(call.flow());
    }
    return Optional.of(spec.results());
  }

  private Optional<String> flowVariable(String root) {
    if (variables.contains(root)) {
      return Optional.empty();
    }
    List<String> known = new ArrayList<>(variables);
    known.addAll(FlowReader.RESERVED);
    return Optional.of("undefined variable '" + root + "': declare it under variables: or set it with a set"
        + " step" + DidYouMean.hint(root, known));
  }

  private static String listed(Set<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names.stream().sorted().toList());
  }
}
