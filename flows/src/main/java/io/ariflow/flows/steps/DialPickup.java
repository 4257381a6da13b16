package io.ariflow.flows.steps;

import io.ariflow.flows.conference.pickup.PickupTargets;
import io.ariflow.flows.conference.pickup.RingSource;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.port.PickupOffer;
import io.ariflow.flows.port.PickupPort;
import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A dial's ringing call on the pickup board, when its spec names pickup groups: offered with the legs ringing
 * now (offered again when a sequential dial moves on), withdrawn when a leg answers or the dial ends. A directed
 * pickup may name a target as {@link PickupTargets} says.
 */
final class DialPickup {

  private final StepContext ctx;
  private final Set<String> groups;
  private final PickupPort port;
  private PickupOffer offer;

  DialPickup(StepContext ctx, Set<String> groups) {
    this.ctx = ctx;
    this.groups = Set.copyOf(groups);
    this.port = groups.isEmpty() ? null : ctx.port(PickupPort.class).orElse(null);
  }

  /** Offers the call rung on {@code legs}; {@code claimed} hears the claim and the conversation's end. */
  void offer(List<DialLeg> legs, BiConsumer<PickupClaim, Future<Void>> claimed) {
    if (port == null) {
      return;
    }
    withdraw();
    List<DialLeg> ringing = legs.stream().filter(leg -> !leg.state().isFinal()).toList();
    if (ringing.isEmpty()) {
      return;
    }
    Set<String> targets = new LinkedHashSet<>();
    ringing.forEach(leg -> targets.addAll(PickupTargets.of(leg.endpoint())));
    RingingCall call = new RingingCall(ctx.ids().next("pickup"), ctx.channelId(),
        ringing.stream().map(DialLeg::channelId).toList(), RingSource.DIAL, targets, groups, ctx.answered());
    PickupOffer current = port.offer(call);
    offer = current;
    current.claimed().onSuccess(claim -> {
      if (offer == current) {
        offer = null;
        claimed.accept(claim, current.ended());
      }
    });
  }

  /** Takes the call off the board; harmless when it is not on it. */
  void withdraw() {
    if (offer != null) {
      PickupOffer current = offer;
      offer = null;
      current.withdraw();
    }
  }
}
