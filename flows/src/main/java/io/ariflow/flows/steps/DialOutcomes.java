package io.ariflow.flows.steps;

import io.ariflow.flows.spec.DialSpec;
import java.util.List;
import java.util.Optional;

/** Sums up a dial that connected nobody, and words a dial for the timeline. */
final class DialOutcomes {

  private DialOutcomes() {
  }

  /** Every leg busy: busy; any unanswered (or refused): no answer; any busy: busy; else failed. */
  static DialReport without(List<DialLeg> legs, long ringSeconds) {
    boolean allBusy = !legs.isEmpty() && legs.stream().allMatch(leg -> leg.state() == LegState.BUSY);
    boolean anyUnanswered = legs.stream().anyMatch(leg -> leg.state() == LegState.NO_ANSWER);
    boolean anyBusy = legs.stream().anyMatch(leg -> leg.state() == LegState.BUSY);
    if (allBusy || (!anyUnanswered && anyBusy)) {
      return report(DialSpec.BUSY, "BUSY", ringSeconds);
    }
    if (anyUnanswered) {
      return report(DialSpec.NOANSWER, "NOANSWER", ringSeconds);
    }
    String status = legs.stream().map(DialLeg::lastStatus).filter(s -> !s.isEmpty()).reduce((a, b) -> b)
        .orElse("CHANUNAVAIL");
    return report(DialSpec.FAILED, status, ringSeconds);
  }

  /** {@code connected to PJSIP/104; rang 6 s; talked 36 s} (or the plan's label instead of the first part). */
  static String note(DialPlan plan, String endpoint, long ringSeconds, long talkSeconds) {
    return plan.label().orElse("connected to " + endpoint) + "; rang " + ringSeconds + " s; talked " + talkSeconds
        + " s";
  }

  /** {@code dialled PJSIP/104: busy}. */
  static String missed(DialPlan plan, DialReport report) {
    return plan.label().map(label -> label.replace("transferred to", "transfer to"))
        .orElse("dialled " + String.join(", ", plan.targets())) + ": " + report.outcome();
  }

  private static DialReport report(String outcome, String status, long ringSeconds) {
    return new DialReport(outcome, Optional.empty(), status, ringSeconds, 0, Optional.empty());
  }
}
