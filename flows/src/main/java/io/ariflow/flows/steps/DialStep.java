package io.ariflow.flows.steps;

import io.ariflow.flows.spec.DialSpec;
import io.ariflow.flows.state.TransitionObserver;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dial}: rings the targets and bridges the caller with the first who answers (after announce or
 * screening). {@code answered} comes when the callee ends the bridge; the caller's hangup gives
 * {@code hangup} with {@code steps.X.ended = caller}. {@code busy}, {@code noanswer} and {@code failed} when
 * nobody connected. With {@code pickupGroups} the ringing call is offered for pickup: {@code picked-up} comes
 * when the picker hangs up. Nothing is left behind: legs, bridge and ringing end with the step.
 */
public final class DialStep implements StepType<DialSpec> {

  private final TransitionObserver observer;

  /** The production step. */
  public DialStep() {
    this(TransitionObserver.NONE);
  }

  /** A step reporting every leg and phase transition to {@code observer} (table coverage in tests). */
  public DialStep(TransitionObserver observer) {
    this.observer = observer;
  }

  @Override
  public Class<DialSpec> specType() {
    return DialSpec.class;
  }

  @Override
  public Future<StepResult> execute(DialSpec spec, StepContext ctx) {
    DialPlan plan = plan(spec, ctx);
    return new DialRun(ctx, plan, Set.copyOf(spec.pickupGroups()), observer).run()
        .map(report -> result(plan, report));
  }

  static DialPlan plan(DialSpec spec, StepContext ctx) {
    List<String> targets = spec.targets().stream().map(ctx::render).toList();
    return new DialPlan(targets, spec.mode(), spec.targetTimeout(), spec.callerId().map(ctx::render).orElse(null),
        spec.earlyMedia(), MediaUris.render(ctx, spec.announce()),
        spec.screen().map(s -> new DialPlan.Screen(MediaUris.render(ctx, s.prompt()), s.accept())),
        Optional.empty());
  }

  private static StepResult result(DialPlan plan, DialReport report) {
    if (DialSpec.PICKED_UP.equals(report.outcome())) {
      Map<String, Object> results = new LinkedHashMap<>(report.results());
      results.remove("answeredBy");
      report.answeredBy().ifPresent(picker -> results.put("pickedUpBy", picker));
      return StepResult.of(report.outcome(), results).noted("picked up by " + report.answeredBy().orElse("?")
          + "; rang " + report.ringSeconds() + " s; talked " + report.talkSeconds() + " s");
    }
    String note = report.answeredBy()
        .map(endpoint -> DialOutcomes.note(plan, endpoint, report.ringSeconds(), report.talkSeconds()))
        .orElseGet(() -> DialOutcomes.missed(plan, report));
    return StepResult.of(report.outcome(), report.results()).noted(note);
  }
}
