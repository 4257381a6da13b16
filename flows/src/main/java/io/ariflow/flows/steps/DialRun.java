package io.ariflow.flows.steps;

import io.ariflow.flows.port.OutboundChannel;
import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.spec.DialMode;
import io.ariflow.flows.spec.DialSpec;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.model.event.AriEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One execution of a dial: rings the targets (all at once or one after another), passes ringing to the
 * caller, lets the first callee who answers hear the announcement or screening, bridges the caller with
 * them, and reports when the bridge ends. Legs are created with our ids and their events are watched before
 * the commands go out. Whatever ends it (an outcome, the caller's hangup, a timeout), the clean-up hangs up
 * every leg still up, destroys the bridge and stops the caller's ringing. Offered for pickup, a claim ends the
 * ringing instead: the host hangs the legs up and bridges the caller with the picker, and the dial ends with
 * {@code picked-up} when the picker leaves.
 */
final class DialRun {

  private static final Logger LOG = LoggerFactory.getLogger(DialRun.class);
  private static final String CALLER = "caller";
  private static final String CALLEE = "callee";

  private final StepContext ctx;
  private final DialPlan plan;
  private final TransitionObserver observer;
  private final TransitionHistory history = new TransitionHistory(32);
  private final StateCursor<DialPhase, DialPhaseInput> phase;
  private final List<DialLeg> legs = new ArrayList<>();
  private final Promise<DialReport> result = Promise.promise();
  private final DialPickup pickup;
  private Subscription events = () -> { };
  private Screening screening;
  private DialLeg winner;
  private String bridgeId;
  private int nextTarget;
  private boolean ringing;
  private Instant started;
  private Instant answeredAt;
  private Instant bridgedAt;

  DialRun(StepContext ctx, DialPlan plan, TransitionObserver observer) {
    this(ctx, plan, Set.of(), observer);
  }

  /** A dial whose ringing call members of {@code pickupGroups} may pick up. */
  DialRun(StepContext ctx, DialPlan plan, Set<String> pickupGroups, TransitionObserver observer) {
    this.ctx = ctx;
    this.plan = plan;
    this.observer = observer;
    this.pickup = new DialPickup(ctx, pickupGroups);
    this.phase = new StateCursor<>(DialPhaseTable.TABLE, DialPhase.RINGING, history, observer);
  }

  /** Runs the dial; fails only for an unexpected error or when the step is cancelled. */
  Future<DialReport> run() {
    started = ctx.timers().now();
    events = ctx.subscribe(this::onEvent);
    ctx.cancelled().onSuccess(reason -> result.tryFail(new StepCancelledException(reason)));
    if (plan.targets().isEmpty()) {
      finishWithout();
    }
    int first = plan.mode() == DialMode.SIMULTANEOUS ? plan.targets().size() : 1;
    for (int i = 0; i < first; i++) {
      startLeg(plan.targets().get(nextTarget++));
    }
    offerForPickup();
    return result.future().eventually(this::cleanup);
  }

  private void startLeg(String endpoint) {
    DialLeg leg = new DialLeg(ctx.ids().next("channel"), endpoint, history, observer);
    legs.add(leg);
    leg.timer(ctx.schedule(plan.timeout(), () -> input(leg, LegInput.TIMEOUT, "ring timeout")));
    OutboundChannel channel = new OutboundChannel(leg.channelId(), endpoint, ctx.channelId(), plan.callerId(),
        Map.of());
    ctx.calls().createChannel(channel)
        .compose(created -> leg.state().isFinal() ? givenUpWhileCreated(leg) : dial(leg))
        .onFailure(refused -> input(leg, LegInput.FAIL, String.valueOf(refused.getMessage())));
  }

  private Future<Void> dial(DialLeg leg) {
    return ctx.calls().dial(leg.channelId(), ctx.channelId(), plan.timeout());
  }

  /** The dial ended while Asterisk created the leg: the earlier hangup found nothing, so this one ends it. */
  private Future<Void> givenUpWhileCreated(DialLeg leg) {
    return ctx.calls().hangup(leg.channelId(), "normal").otherwiseEmpty();
  }

  private void onEvent(AriEvent event) {
    for (DialLeg leg : List.copyOf(legs)) {
      leg.inputFor(event).ifPresent(input -> input(leg, input, event.type()));
    }
  }

  private void input(DialLeg leg, LegInput input, String detail) {
    Optional<LegState> changed = leg.apply(input, detail);
    if (changed.isEmpty()) {
      return;
    }
    switch (changed.get()) {
      case RINGING -> passRinging();
      case ANSWERED -> answered(leg);
      case BUSY, NO_ANSWER, FAILED -> ended(leg, changed.get());
      case HUNG_UP -> calleeLeft(leg);
      default -> { }
    }
  }

  private void passRinging() {
    if (plan.earlyMedia() && !ringing) {
      ringing = true;
      ctx.calls().ring(ctx.channelId()).otherwiseEmpty();
    }
  }

  private void offerForPickup() {
    if (phase.current() == DialPhase.RINGING) {
      pickup.offer(legs, this::pickedUp);
    }
  }

  /** A picker claimed the ringing call: the host hangs the legs up and bridges; we wait for the picker to leave. */
  private void pickedUp(PickupClaim claim, Future<Void> over) {
    if (!fire(DialPhaseInput.PICKED, "picked up by " + claim.pickerEndpoint())) {
      return;
    }
    for (DialLeg leg : legs) {
      leg.stopTimer();
      leg.apply(LegInput.DROP, "picked up elsewhere");
    }
    ctx.markAnswered();
    stopRinging();
    answeredAt = ctx.timers().now();
    bridgedAt = answeredAt;
    ctx.putResult("pickedUpBy", claim.pickerEndpoint());
    ctx.putResult("dialStatus", "ANSWER");
    ctx.putResult("ringSeconds", seconds(started, answeredAt));
    LOG.info("step {}: {} picked up the call ringing at {}", ctx.stepId(), claim.pickerEndpoint(), plan.targets());
    over.onComplete(done -> pickupEnded(claim));
  }

  private void pickupEnded(PickupClaim claim) {
    if (fire(DialPhaseInput.PICKUP_ENDED, claim.pickerEndpoint() + " left")) {
      result.tryComplete(new DialReport(DialSpec.PICKED_UP, Optional.of(claim.pickerEndpoint()), "ANSWER",
          seconds(started, answeredAt), seconds(bridgedAt, ctx.timers().now()), Optional.of("picker")));
    }
  }

  private void answered(DialLeg leg) {
    pickup.withdraw();
    leg.stopTimer();
    if (winner != null || !fire(DialPhaseInput.WINNER, leg.endpoint() + " answered")) {
      drop(leg);
      return;
    }
    winner = leg;
    answeredAt = ctx.timers().now();
    legs.stream().filter(other -> other != leg && !other.state().isFinal()).forEach(this::drop);
    screening = new Screening(ctx, leg.channelId());
    screening.confirm(plan.announce(), plan.screen(), plan.timeout()).onComplete(done -> {
      if (winner == leg && phase.current() == DialPhase.CONFIRMING) {
        confirmed(leg, done.succeeded() && done.result());
      }
    });
  }

  private void confirmed(DialLeg leg, boolean accepted) {
    if (!accepted) {
      input(leg, LegInput.REFUSE, "screening refused");
      return;
    }
    fire(DialPhaseInput.CONFIRMED, leg.endpoint() + " accepted");
    bridgeId = ctx.ids().next("bridge");
    stopRinging()
        .compose(quiet -> CallerMedia.answer(ctx))
        .compose(up -> ctx.calls().createBridge(bridgeId, "mixing"))
        .compose(created -> stillConnecting(leg) ? ctx.calls().addChannel(bridgeId, ctx.channelId()) : abandon())
        .compose(added -> stillConnecting(leg) ? ctx.calls().addChannel(bridgeId, leg.channelId()) : abandon())
        .onSuccess(added -> bridged(leg))
        .onFailure(this::connectFailed);
  }

  private boolean stillConnecting(DialLeg leg) {
    return winner == leg && phase.current() == DialPhase.BRIDGING;
  }

  /** The callee left (or the step ended) while the bridge was being built: take the bridge down again. */
  private Future<Void> abandon() {
    return ctx.calls().destroyBridge(bridgeId).otherwiseEmpty()
        .compose(gone -> Future.failedFuture(new IllegalStateException("callee left while connecting")));
  }

  private Future<Void> stopRinging() {
    if (!ringing) {
      return Future.succeededFuture();
    }
    ringing = false;
    return ctx.calls().ringStop(ctx.channelId()).otherwiseEmpty();
  }

  private void bridged(DialLeg leg) {
    if (winner != leg || !fire(DialPhaseInput.BRIDGED, "bridge " + bridgeId)) {
      return;
    }
    leg.apply(LegInput.CONNECT, "bridge " + bridgeId);
    bridgedAt = ctx.timers().now();
    ctx.putResult("answeredBy", leg.endpoint());
    ctx.putResult("dialStatus", "ANSWER");
    ctx.putResult("ringSeconds", seconds(started, answeredAt));
    LOG.debug("step {}: caller bridged with {} in {}", ctx.stepId(), leg.endpoint(), bridgeId);
  }

  /**
   * A refused bridge command fails the step with {@code error}. It is reworded so the interpreter does not
   * read a 404 about the callee's channel as the caller having left (the caller's own hangup arrives as an
   * event anyway).
   */
  private void connectFailed(Throwable failure) {
    if (phase.current() == DialPhase.BRIDGING && fire(DialPhaseInput.FAILED, String.valueOf(failure.getMessage()))) {
      result.tryFail(new IllegalStateException("could not bridge the caller with " + winnerEndpoint() + ": "
          + failure.getMessage(), failure));
    }
  }

  private void ended(DialLeg leg, LegState state) {
    leg.stopTimer();
    if (!leg.gone()) {
      String reason = state == LegState.NO_ANSWER ? "no_answer" : "normal";
      ctx.calls().hangup(leg.channelId(), reason).otherwiseEmpty();
    }
    if (leg == winner) {
      winner = null;
      fire(DialPhaseInput.REFUSED, leg.endpoint() + " " + state);
    }
    nextOrFinish();
  }

  private void calleeLeft(DialLeg leg) {
    if (leg != winner || !fire(DialPhaseInput.CALLEE_LEFT, leg.endpoint() + " hung up")) {
      return;
    }
    result.tryComplete(new DialReport(DialSpec.ANSWERED, Optional.of(leg.endpoint()), "ANSWER",
        seconds(started, answeredAt), seconds(bridgedAt, ctx.timers().now()), Optional.of(CALLEE)));
  }

  private void nextOrFinish() {
    if (winner != null || legs.stream().anyMatch(leg -> !leg.state().isFinal())) {
      return;
    }
    if (plan.mode() == DialMode.SEQUENTIAL && nextTarget < plan.targets().size()) {
      startLeg(plan.targets().get(nextTarget++));
      offerForPickup();
      return;
    }
    finishWithout();
  }

  private void finishWithout() {
    fire(DialPhaseInput.EXHAUSTED, "no target connected");
    DialReport report = DialOutcomes.without(legs, seconds(started, ctx.timers().now()));
    result.tryComplete(report);
  }

  private void drop(DialLeg leg) {
    leg.stopTimer();
    leg.apply(LegInput.DROP, "dropped");
    if (!leg.gone()) {
      ctx.calls().hangup(leg.channelId(), "normal").otherwiseEmpty();
    }
  }

  private boolean fire(DialPhaseInput input, String detail) {
    Optional<Transition<DialPhase, DialPhaseInput>> row = phase.lookup(input);
    row.ifPresent(r -> phase.apply(r, detail));
    return row.isPresent();
  }

  private Future<Void> cleanup() {
    events.close();
    pickup.withdraw();
    List<Future<Void>> undo = new ArrayList<>();
    for (DialLeg leg : legs) {
      leg.stopTimer();
      if (!leg.gone() && !leg.state().isFinal()) {
        leg.apply(LegInput.DROP, "clean-up");
        undo.add(ctx.calls().hangup(leg.channelId(), "normal").otherwiseEmpty());
      }
    }
    if (screening != null) {
      undo.add(screening.release());
    }
    if (bridgeId != null) {
      undo.add(ctx.calls().destroyBridge(bridgeId).otherwiseEmpty());
    }
    undo.add(stopRinging());
    noteTalkOnCancel();
    return Future.join(undo).mapEmpty();
  }

  /** When the caller's hangup (or a timeout) cut the bridge, the results still say who talked how long. */
  private void noteTalkOnCancel() {
    if (phase.current() == DialPhase.PICKED_UP) {
      ctx.putResult("talkSeconds", seconds(bridgedAt, ctx.timers().now()));
      ctx.putResult("ended", CALLER);
    }
    if (bridgedAt != null && phase.current() == DialPhase.BRIDGED) {
      ctx.putResult("talkSeconds", seconds(bridgedAt, ctx.timers().now()));
      ctx.putResult("ended", CALLER);
      ctx.putNote(DialOutcomes.note(plan, winnerEndpoint(), seconds(started, answeredAt),
          seconds(bridgedAt, ctx.timers().now())));
    }
  }

  private String winnerEndpoint() {
    return winner == null ? "" : winner.endpoint();
  }

  private static long seconds(Instant from, Instant to) {
    return from == null || to == null ? 0 : Duration.between(from, to).toSeconds();
  }
}
