package io.ariflow.flows.steps;

import io.ariflow.flows.conference.pickup.PickupOutcome;
import io.ariflow.flows.conference.pickup.PickupRequest;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.ariflow.flows.port.PickupAttempt;
import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.port.PickupOffer;
import io.ariflow.flows.port.PickupPort;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A pickup host the test drives: records offers, withdrawals and requests; claims and ends when told. */
public final class PickupPortFake implements PickupPort {

  public final List<Offer> offers = new ArrayList<>();
  final List<PickupRequest> requests = new ArrayList<>();
  final List<String> left = new ArrayList<>();
  public final Promise<Void> conversation = Promise.promise();
  private PickupAttempt next = PickupAttempt.without(PickupOutcome.NOTHING_TO_PICK_UP);

  @Override
  public PickupOffer offer(RingingCall call) {
    Offer offer = new Offer(call);
    offers.add(offer);
    return offer;
  }

  @Override
  public Future<PickupAttempt> pick(PickupRequest request) {
    requests.add(request);
    return Future.succeededFuture(next);
  }

  @Override
  public void leave(String pickerChannel) {
    left.add(pickerChannel);
  }

  /** The next pick takes {@code call}; its conversation ends with {@link #conversation}. */
  void picks(RingingCall call) {
    next = new PickupAttempt(PickupOutcome.PICKED_UP, Optional.of(call), conversation.future());
  }

  /** The next pick gets {@code outcome}. */
  void answers(PickupOutcome outcome) {
    next = PickupAttempt.without(outcome);
  }

  /** The last offer. */
  public Offer last() {
    return offers.get(offers.size() - 1);
  }

  /** One offered call, claimable by the test. */
  public static final class Offer implements PickupOffer {
    public final RingingCall call;
    public final Promise<PickupClaim> claim = Promise.promise();
    public final Promise<Void> ended = Promise.promise();
    public boolean withdrawn;

    Offer(RingingCall call) {
      this.call = call;
    }

    @Override
    public Future<PickupClaim> claimed() {
      return claim.future();
    }

    @Override
    public Future<Void> ended() {
      return ended.future();
    }

    @Override
    public void withdraw() {
      withdrawn = true;
    }
  }
}
