package io.ariflow.flows.steps.queue;

import io.ariflow.flows.conference.pickup.PickupTargets;
import io.ariflow.flows.conference.pickup.RingSource;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.port.PickupOffer;
import io.ariflow.flows.port.PickupPort;
import io.ariflow.flows.steps.StepContext;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agent legs of one caller on the pickup board, when the queue declares pickup groups: each leg is offered
 * while it rings (a directed pickup names the agent's id or endpoint) and withdrawn as soon as it answers, is
 * refused or dropped.
 */
final class OfferPickup {

  /** Hears that a picker claimed the call ringing on a leg, and when their conversation ends. */
  @FunctionalInterface
  interface Claimed {
    void picked(OfferLeg leg, PickupClaim claim, Future<Void> over);
  }

  private final StepContext ctx;
  private final Set<String> groups;
  private final PickupPort port;
  private final Map<OfferLeg, PickupOffer> offers = new HashMap<>();

  OfferPickup(StepContext ctx, Set<String> groups) {
    this.ctx = ctx;
    this.groups = Set.copyOf(groups);
    this.port = groups.isEmpty() ? null : ctx.port(PickupPort.class).orElse(null);
  }

  /** Offers the call ringing on {@code leg}; {@code claimed} hears a claim. */
  void offer(OfferLeg leg, Claimed claimed) {
    if (port == null) {
      return;
    }
    RingingCall call = new RingingCall(leg.channelId(), ctx.channelId(), List.of(leg.channelId()),
        RingSource.QUEUE_OFFER, names(leg), groups, true);
    PickupOffer offer = port.offer(call);
    offers.put(leg, offer);
    offer.claimed().onSuccess(claim -> {
      if (offers.remove(leg) == offer) {
        claimed.picked(leg, claim, offer.ended());
      }
    });
  }

  /** The agent's id, its endpoint and the endpoint's extension: {@code alice}, {@code PJSIP/2001}, {@code 2001}. */
  private static Set<String> names(OfferLeg leg) {
    Set<String> names = new LinkedHashSet<>(List.of(leg.agentId()));
    names.addAll(PickupTargets.of(leg.endpoint()));
    return names;
  }

  /** Takes {@code leg}'s call off the board; harmless when it is not on it. */
  void withdraw(OfferLeg leg) {
    PickupOffer offer = offers.remove(leg);
    if (offer != null) {
      offer.withdraw();
    }
  }

  /** Takes every leg off the board (the caller's time in the queue is over). */
  void withdrawAll() {
    List.copyOf(offers.keySet()).forEach(this::withdraw);
  }
}
