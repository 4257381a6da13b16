package io.ariflow.app.pickup;

import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.port.PickupOffer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.function.Consumer;

/** The owner's side of one offered call: told once when it is claimed and once when the conversation is over. */
final class OfferHandle implements PickupOffer {

  private final String callId;
  private final Consumer<String> withdrawn;
  private final Promise<PickupClaim> claimed = Promise.promise();
  private final Promise<Void> ended = Promise.promise();

  OfferHandle(String callId, Consumer<String> withdrawn) {
    this.callId = callId;
    this.withdrawn = withdrawn;
  }

  @Override
  public Future<PickupClaim> claimed() {
    return claimed.future();
  }

  @Override
  public Future<Void> ended() {
    return ended.future();
  }

  @Override
  public void withdraw() {
    withdrawn.accept(callId);
  }

  void claim(PickupClaim claim) {
    claimed.tryComplete(claim);
  }

  void end() {
    ended.tryComplete();
  }
}
