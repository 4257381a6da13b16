package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.StepSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The routing rules of one built step: {@code on:} names only outcomes the step can produce and not those
 * its own fields route; {@code next} only where there is a default outcome; and every outcome other than
 * error, hangup and timeout has a target, so a flow never stops where its author did not intend.
 */
final class RouteRules {

  private static final Set<String> MAY_BE_UNROUTED = Set.of(Outcomes.ERROR, Outcomes.HANGUP, Outcomes.TIMEOUT);

  private RouteRules() {
  }

  static void check(StepSpec spec, YamlMap map, ReadContext context) {
    map.get("on").filter(YamlMap.class::isInstance).ifPresent(on -> onKeys(spec, (YamlMap) on, context));
    map.get("next").ifPresent(next -> nextUse(spec, next, context));
    unrouted(spec, context);
  }

  private static void onKeys(StepSpec spec, YamlMap on, ReadContext context) {
    List<String> routable = routable(spec);
    for (YamlEntry entry : on.entries()) {
      String outcome = entry.key();
      if (spec.fixedTargets().containsKey(outcome)) {
        context.error(entry.keyLocation(), "outcome '" + outcome + "' of a " + spec.typeName()
            + " step is routed by its own fields; remove it from 'on'");
      } else if (!spec.produces(outcome)) {
        context.error(entry.keyLocation(), "a " + spec.typeName() + " step cannot produce '" + outcome
            + "' (it produces " + String.join(", ", routable) + ")" + whyNot(spec, outcome)
            + DidYouMean.hint(outcome, routable));
      }
    }
  }

  private static String whyNot(StepSpec spec, String outcome) {
    return outcome.equals(Outcomes.TIMEOUT) && spec.common().timeout().isEmpty()
        ? "; 'timeout' needs a timeout: on the step" : "";
  }

  private static List<String> routable(StepSpec spec) {
    return spec.allOutcomes().stream().filter(o -> !spec.fixedTargets().containsKey(o)).toList();
  }

  private static void nextUse(StepSpec spec, YamlNode next, ReadContext context) {
    Optional<String> outcome = spec.defaultOutcome();
    if (outcome.isEmpty() && spec.canEnd()) {
      context.error(next, "a " + spec.typeName() + " step ends the run: remove 'next'");
    } else if (outcome.isEmpty()) {
      context.error(next, "a " + spec.typeName() + " step has no default outcome for 'next': route "
          + String.join(", ", routable(spec)) + " with 'on'");
    } else if (spec.fixedTargets().containsKey(outcome.get())) {
      context.error(next, "'next' is not used: this " + spec.typeName() + " step's own fields route '"
          + outcome.get() + "'; remove it");
    }
  }

  private static void unrouted(StepSpec spec, ReadContext context) {
    for (String outcome : spec.outcomes()) {
      if (MAY_BE_UNROUTED.contains(outcome) || spec.targetOf(outcome).isPresent()) {
        continue;
      }
      boolean isDefault = spec.defaultOutcome().filter(outcome::equals).isPresent();
      String fix = isDefault ? "add next: <step>" : "add on: {" + outcome + ": <step>}";
      context.error(spec.common().location(), "step '" + spec.id() + "' (" + spec.typeName()
          + ") has no target for outcome '" + outcome + "': " + fix);
    }
  }
}
