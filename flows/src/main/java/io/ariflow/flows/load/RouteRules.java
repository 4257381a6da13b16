package io.ariflow.flows.load;

import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.spec.HttpSpec;
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

  static void check(StepSpec spec, boolean ownsTimeout, YamlMap map, ReadContext context) {
    map.get("on").filter(YamlMap.class::isInstance)
        .ifPresent(on -> onKeys(spec, ownsTimeout, (YamlMap) on, context));
    map.get("next").ifPresent(next -> nextUse(spec, next, context));
    unrouted(spec, context);
  }

  private static void onKeys(StepSpec spec, boolean ownsTimeout, YamlMap on, ReadContext context) {
    List<String> routable = routable(spec);
    for (YamlEntry entry : on.entries()) {
      String outcome = entry.key();
      if (spec.fixedTargets().containsKey(outcome)) {
        context.error(entry.keyLocation(), "outcome '" + outcome + "' of a " + spec.typeName()
            + " step is routed by its own fields; remove it from 'on'");
      } else if (!spec.produces(outcome)) {
        context.error(entry.keyLocation(), Messages.aStep(spec.typeName()) + " cannot produce '" + outcome
            + "' (it produces " + produced(spec, routable) + ")" + whyNot(spec, outcome, ownsTimeout)
            + DidYouMean.hint(outcome, routable));
      }
    }
  }

  private static String whyNot(StepSpec spec, String outcome, boolean ownsTimeout) {
    if (!outcome.equals(Outcomes.TIMEOUT) || spec.common().timeout().isPresent()) {
      return "";
    }
    return ownsTimeout ? "; its timeout: is its own setting and ends in one of the outcomes above"
        : "; 'timeout' needs a timeout: on the step";
  }

  private static String produced(StepSpec spec, List<String> routable) {
    String list = String.join(", ", routable);
    return spec instanceof HttpSpec ? list + ", or a status such as 404 or 4xx" : list;
  }

  private static List<String> routable(StepSpec spec) {
    return spec.allOutcomes().stream().filter(o -> !spec.fixedTargets().containsKey(o)).toList();
  }

  private static void nextUse(StepSpec spec, YamlNode next, ReadContext context) {
    Optional<String> outcome = spec.defaultOutcome();
    if (outcome.isEmpty() && spec.canEnd()) {
      context.error(next, Messages.aStep(spec.typeName()) + " ends the run: remove 'next'");
    } else if (outcome.isEmpty()) {
      context.error(next, Messages.aStep(spec.typeName()) + " has no default outcome for 'next': route "
          + String.join(", ", routable(spec)) + " with 'on'");
    } else if (spec.fixedTargets().containsKey(outcome.get())) {
      context.error(next, "'next' is not used: this " + spec.typeName() + " step already routes '"
          + outcome.get() + "' with its own fields; remove 'next'");
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
