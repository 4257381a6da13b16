package io.ariflow.flows.runtime;

import io.ariflow.flows.spec.FlowSpec;
import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.StepSpec;
import java.util.Optional;

/**
 * Follows an outcome to its target ({@link StepSpec#targetOf}: {@code on}, the step's own targets, then
 * {@code next}). An unrouted {@code hangup} ends the flow; only the first {@code hangup} of a flow is routed,
 * so a hangup handler that touches the gone channel cannot loop. Unrouted {@code error}, {@code timeout} and
 * any other outcome, and a target that does not exist, are failures for the fallback.
 */
final class Routing {

  private Routing() {
  }

  static Route route(Frame frame, StepSpec spec, StepEnd end) {
    if (end.termination().isPresent()) {
      return new Route.End(end.termination().get());
    }
    String outcome = end.outcome();
    if (Outcomes.HANGUP.equals(outcome)) {
      return routeHangup(frame, spec);
    }
    Optional<String> target = spec.targetOf(outcome);
    if (target.isEmpty()) {
      return new Route.Fail(unrouted(spec, end));
    }
    return toStep(frame.flow(), spec, target.get());
  }

  private static Route routeHangup(Frame frame, StepSpec spec) {
    Optional<String> target = spec.targetOf(Outcomes.HANGUP);
    if (target.isEmpty() || frame.hangupRouted()) {
      return new Route.CallerLeft();
    }
    frame.markHangupRouted();
    return toStep(frame.flow(), spec, target.get());
  }

  private static Route toStep(FlowSpec flow, StepSpec spec, String target) {
    if (flow.step(target).isEmpty()) {
      return new Route.Fail(where(spec) + ": target step '" + target + "' does not exist in flow " + flow.id());
    }
    return new Route.Next(target);
  }

  private static String unrouted(StepSpec spec, StepEnd end) {
    String outcome = end.outcome();
    if (Outcomes.ERROR.equals(outcome)) {
      return where(spec) + ": " + end.failure().orElse("error");
    }
    if (Outcomes.TIMEOUT.equals(outcome)) {
      return where(spec) + ": timed out after " + spec.common().timeout().map(Object::toString).orElse("?");
    }
    return where(spec) + ": outcome '" + outcome + "' has no target";
  }

  /** {@code step 'menu' (menu) at flows/main.yaml:12:3}. */
  static String where(StepSpec spec) {
    return "step '" + spec.id() + "' (" + spec.typeName() + ") at " + spec.common().location();
  }
}
