package io.ariflow.flows.steps;

import io.ariflow.flows.conference.pickup.PickupOutcome;
import io.ariflow.flows.conference.pickup.PickupRequest;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.ariflow.flows.port.PickupAttempt;
import io.ariflow.flows.port.PickupPort;
import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.PickupSpec;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pickup}: answers the picker's channel, then asks the host's {@link PickupPort} for the call ringing at the
 * target or in the picker's groups. A picked-up call lasts until the caller hangs up ({@code picked-up}), as a
 * dialled call lasts until the callee does; the picker hanging up is the usual {@code hangup}, and cancelling the
 * step (its timeout) ends the conversation but leaves the picker's channel to the flow.
 */
public final class PickupStep implements StepType<PickupSpec> {

  @Override
  public Class<PickupSpec> specType() {
    return PickupSpec.class;
  }

  @Override
  public Future<StepResult> execute(PickupSpec spec, StepContext ctx) {
    PickupPort port = ctx.port(PickupPort.class).orElse(null);
    if (port == null) {
      return Future.failedFuture(new IllegalStateException("this engine offers no call pickup"));
    }
    Optional<String> target = spec.target().map(ctx::render);
    PickupRequest request = new PickupRequest(ctx.channelId(), SuperviseStep.endpointOf(ctx),
        Set.copyOf(spec.groups()), target);
    return CallerMedia.answer(ctx)
        .compose(up -> port.pick(request))
        .compose(attempt -> talk(ctx, port, attempt))
        .map(done -> result(ctx, target, done));
  }

  /** Waits out the conversation of a picked-up call; anything else is settled already. */
  private static Future<Picked> talk(StepContext ctx, PickupPort port, PickupAttempt attempt) {
    if (attempt.outcome() != PickupOutcome.PICKED_UP || attempt.call().isEmpty()) {
      return Future.succeededFuture(new Picked(attempt.outcome(), Optional.empty(), 0));
    }
    RingingCall call = attempt.call().get();
    ctx.putResult("source", source(call));
    ctx.putResult("caller", call.callerChannel());
    Instant bridged = ctx.timers().now();
    Promise<Picked> out = Promise.promise();
    attempt.ended().onComplete(over -> out.tryComplete(new Picked(PickupOutcome.PICKED_UP, Optional.of(call),
        Duration.between(bridged, ctx.timers().now()).toSeconds())));
    ctx.cancelled().onSuccess(reason -> {
      ctx.putResult("talkSeconds", Duration.between(bridged, ctx.timers().now()).toSeconds());
      port.leave(ctx.channelId());
      out.tryFail(new StepCancelledException(reason));
    });
    return out.future();
  }

  private static StepResult result(StepContext ctx, Optional<String> target, Picked picked) {
    String asked = target.map(t -> "pickup of " + t).orElse("group pickup");
    if (picked.call().isEmpty()) {
      String outcome = picked.outcome() == PickupOutcome.PICKER_GONE ? Outcomes.HANGUP : picked.outcome().label();
      return StepResult.of(outcome, Map.of()).noted(asked + ": " + picked.outcome().label());
    }
    ctx.putResult("talkSeconds", picked.talkSeconds());
    return StepResult.of(PickupSpec.PICKED_UP, Map.of("talkSeconds", picked.talkSeconds()))
        .noted(asked + ": picked up " + source(picked.call().get()) + " call; talked " + picked.talkSeconds() + " s");
  }

  private static String source(RingingCall call) {
    return call.source().name().toLowerCase(Locale.ROOT).replace("_offer", "");
  }

  /** How the pickup went: the outcome, the call taken, how long the two talked. */
  private record Picked(PickupOutcome outcome, Optional<RingingCall> call, long talkSeconds) {
  }
}
