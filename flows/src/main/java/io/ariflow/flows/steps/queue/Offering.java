package io.ariflow.flows.steps.queue;

import io.ariflow.flows.port.OutboundChannel;
import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.queue.engine.QueueCommand.Offer;
import io.ariflow.flows.queue.engine.QueueCommand.OfferedAgent;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.flows.steps.StepContext;
import io.ariflow.model.event.AriEvent;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The agent legs rung for one caller: creates and dials a leg per offered agent (all at once for ringall),
 * follows each through {@link OfferLegTable}, greets an agent who answers (whisper, confirmation), and reports
 * every answer and refusal to the queue, which decides who is connected and which legs to withdraw. A connected
 * agent hanging up is handed to {@code agentLeft}. Every leg still up is hung up by {@link #release()}. With pickup
 * groups each leg is offered for pickup while it rings; a claim is handed to {@code picked}.
 */
final class Offering {

  private final StepContext ctx;
  private final QueuePlan plan;
  private final Consumer<QueueInput> report;
  private final Consumer<OfferLeg> agentLeft;
  private final TransitionHistory history = new TransitionHistory(64);
  private final TransitionObserver observer;
  private final List<OfferLeg> legs = new ArrayList<>();
  private final Map<OfferLeg, AgentGreeting> greetings = new HashMap<>();
  private final OfferPickup pickup;
  private final OfferPickup.Claimed picked;

  Offering(StepContext ctx, QueuePlan plan, Consumer<QueueInput> report, Consumer<OfferLeg> agentLeft,
      OfferPickup.Claimed picked, TransitionObserver observer) {
    this.ctx = ctx;
    this.pickup = new OfferPickup(ctx, plan.pickupGroups());
    this.picked = picked;
    this.plan = plan;
    this.report = report;
    this.agentLeft = agentLeft;
    this.observer = observer;
  }

  /** Rings every agent the offer names. */
  void offer(Offer offer) {
    offer.agents().forEach(this::ring);
  }

  private void ring(OfferedAgent agent) {
    OfferLeg leg = new OfferLeg(ctx.ids().next("channel"), agent.agentId(), agent.endpoint(), history, observer);
    legs.add(leg);
    pickup.offer(leg, this::claimed);
    OutboundChannel channel = new OutboundChannel(leg.channelId(), agent.endpoint(), ctx.channelId(),
        plan.agentCallerId(), Map.of());
    ctx.calls().createChannel(channel)
        .compose(created -> leg.state().isFinal() ? withdrawnWhileCreated(leg) : dial(leg))
        .onFailure(refused -> input(leg, OfferLegInput.FAIL, String.valueOf(refused.getMessage())));
  }

  private Future<Void> dial(OfferLeg leg) {
    return ctx.calls().dial(leg.channelId(), ctx.channelId(), null);
  }

  /** The offer ended while Asterisk created the leg: the earlier hangup found nothing, so this one ends it. */
  private Future<Void> withdrawnWhileCreated(OfferLeg leg) {
    return ctx.calls().hangup(leg.channelId(), "normal").otherwiseEmpty();
  }

  /** Feeds one event of the run to the legs it concerns. */
  void onEvent(AriEvent event) {
    for (OfferLeg leg : List.copyOf(legs)) {
      leg.inputFor(event).ifPresent(input -> input(leg, input, event.type()));
    }
  }

  /** Hangs up the legs of {@code agentIds} (the queue withdrew the offer, or another agent won). */
  void drop(List<String> agentIds) {
    for (OfferLeg leg : List.copyOf(legs)) {
      if (agentIds.contains(leg.agentId()) && !leg.state().isFinal()) {
        hangUp(leg, OfferLegInput.DROP, "withdrawn");
      }
    }
  }

  /** The leg of {@code agentId} that answered and waits to be connected. */
  Optional<OfferLeg> answered(String agentId) {
    return legs.stream().filter(l -> l.agentId().equals(agentId) && l.state() == OfferLegState.ANSWERED)
        .findFirst();
  }

  /** The leg is in the caller's bridge. */
  void connected(OfferLeg leg) {
    leg.apply(OfferLegInput.CONNECT, "bridged");
  }

  /** A picker claimed the call ringing on {@code leg}: the pickup host hangs it up, so it is ours no more. */
  private void claimed(OfferLeg leg, PickupClaim claim, Future<Void> over) {
    if (leg.state() != OfferLegState.DIALING && leg.state() != OfferLegState.RINGING) {
      return;
    }
    leg.apply(OfferLegInput.DROP, "picked up by " + claim.pickerEndpoint());
    picked.picked(leg, claim, over);
  }

  private void input(OfferLeg leg, OfferLegInput input, String detail) {
    Optional<OfferLegState> changed = leg.apply(input, detail);
    if (changed.isEmpty()) {
      return;
    }
    if (changed.get() != OfferLegState.RINGING) {
      pickup.withdraw(leg);
    }
    switch (changed.get()) {
      case GREETING -> greet(leg);
      case ANSWERED -> report.accept(new QueueInput.OfferAnswered(plan.callId(), leg.agentId(), leg.channelId()));
      case REFUSED -> refused(leg);
      case HUNG_UP -> agentLeft.accept(leg);
      default -> { }
    }
  }

  private void greet(OfferLeg leg) {
    leg.answeredAt(ctx.timers().now());
    AgentGreeting greeting = new AgentGreeting(ctx, leg.channelId());
    greetings.put(leg, greeting);
    greeting.run(plan.whisper(), plan.confirm(), QueuePlan.CONFIRM_TIMEOUT).onComplete(done -> {
      boolean yes = done.succeeded() && done.result();
      input(leg, yes ? OfferLegInput.CONFIRMED : OfferLegInput.DECLINED, yes ? "confirmed" : "declined");
    });
  }

  private void refused(OfferLeg leg) {
    release(leg);
    if (!leg.gone()) {
      ctx.calls().hangup(leg.channelId(), "normal").otherwiseEmpty();
    }
    report.accept(new QueueInput.OfferRefused(plan.callId(), leg.agentId(), leg.refusal()));
  }

  private Future<Void> hangUp(OfferLeg leg, OfferLegInput input, String detail) {
    pickup.withdraw(leg);
    leg.apply(input, detail);
    Future<Void> quiet = release(leg);
    return leg.gone() ? quiet : quiet.compose(v -> ctx.calls().hangup(leg.channelId(), "normal").otherwiseEmpty());
  }

  private Future<Void> release(OfferLeg leg) {
    AgentGreeting greeting = greetings.remove(leg);
    return greeting == null ? Future.succeededFuture() : greeting.release();
  }

  /** Clean-up: hangs up every leg still up (connected one included); never fails. */
  Future<Void> release() {
    pickup.withdrawAll();
    List<Future<Void>> undo = new ArrayList<>();
    for (OfferLeg leg : List.copyOf(legs)) {
      if (!leg.state().isFinal()) {
        undo.add(hangUp(leg, OfferLegInput.DROP, "clean-up"));
      } else {
        undo.add(release(leg));
      }
    }
    return Future.join(undo).mapEmpty();
  }
}
