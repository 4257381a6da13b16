package io.ariflow.app.pickup;

import io.ariflow.app.conference.AriCommands;
import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.pickup.Pickup;
import io.ariflow.flows.conference.pickup.PickupBoard;
import io.ariflow.flows.conference.pickup.PickupDecision;
import io.ariflow.flows.conference.pickup.PickupMessage;
import io.ariflow.flows.conference.pickup.PickupOutcome;
import io.ariflow.flows.conference.pickup.PickupRequest;
import io.ariflow.flows.conference.pickup.PickupState;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.PickupAttempt;
import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.port.PickupOffer;
import io.ariflow.flows.port.PickupPort;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelEnteredBridge;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pickup board of the engine, on its context: dials and queues offer their ringing calls, pickers claim
 * them, and the host carries each decision out in order per call (legs hung up, caller answered, the pickup bridge
 * made), follows the caller and the picker while they are bridged, and tells both sides when the conversation is
 * over. The owner hears of a claim before its legs are hung up, so it never takes that for a missed call. Nothing
 * stays behind: the bridge is destroyed and every claimed id released when the pickup ends.
 */
public final class PickupHost implements PickupPort, EventOwner {
  private static final Logger LOG = LoggerFactory.getLogger(PickupHost.class);

  private final Context home;
  private final PickupBoard board;
  private final AriCommands ari;
  private final ObjectOwners objects;
  private final Map<String, OfferHandle> offers = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();
  private final Map<String, String> callOfChannel = new HashMap<>();
  private final Map<String, Future<Void>> work = new HashMap<>();

  /** A host on {@code home} whose bridges get {@code ids} and whose claims go to {@code objects}. */
  public PickupHost(Context home, ObjectOwners objects, AriCommands ari, IdGenerator ids) {
    this.home = home;
    this.board = new PickupBoard(ids, TransitionObserver.NONE);
    this.ari = ari;
    this.objects = objects;
  }

  @Override
  public PickupOffer offer(RingingCall call) {
    board.offer(call);
    OfferHandle handle = new OfferHandle(call.callId(), this::withdrawn);
    offers.put(call.callId(), handle);
    LOG.debug("pickup={} offered: {} ringing at {} for groups {}", call.callId(), call.source(), call.targets(),
        call.pickupGroups());
    return handle;
  }

  @Override
  public Future<PickupAttempt> pick(PickupRequest request) {
    PickupDecision decision = board.pick(request);
    if (decision.claimedCallId().isEmpty()) {
      PickupOutcome outcome = decision.pickerOutcome().orElse(PickupOutcome.NOTHING_TO_PICK_UP);
      LOG.info("channel={} pickup of {}: {}", request.pickerChannel(),
          request.target().orElse("groups " + request.pickerGroups()), outcome.label());
      return Future.succeededFuture(PickupAttempt.without(outcome));
    }
    String callId = decision.claimedCallId().get();
    RingingCall call = board.call(callId).orElseThrow().call();
    Claim claim = new Claim(call, request.pickerChannel());
    claims.put(callId, claim);
    follow(callId, call.callerChannel());
    follow(callId, request.pickerChannel());
    LOG.info("pickup={} claimed by {} ({}): caller {}", callId, request.pickerEndpoint(), request.pickerChannel(),
        call.callerChannel());
    Optional.ofNullable(offers.get(callId))
        .ifPresent(owner -> owner.claim(new PickupClaim(request.pickerChannel(), request.pickerEndpoint())));
    carryOut(callId, decision).onComplete(done -> bridged(callId, done.cause()));
    return claim.answer();
  }

  @Override
  public void leave(String pickerChannel) {
    String callId = callOfChannel.get(pickerChannel);
    if (callId != null) {
      apply(callId, board.handle(callId, new PickupMessage.PickerGone()));
    }
  }

  @Override
  public void onEvent(AriEvent event) {
    if (event instanceof ChannelEnteredBridge entered) {
      enteredBridge(entered);
      return;
    }
    PickupSignals.goneChannel(event).ifPresent(channelId -> {
      String callId = callOfChannel.get(channelId);
      Claim claim = callId == null ? null : claims.get(callId);
      if (claim != null) {
        PickupMessage message = claim.isCaller(channelId) ? new PickupMessage.CallerGone()
            : new PickupMessage.PickerGone();
        apply(callId, board.handle(callId, message));
      }
    });
  }

  /**
   * Both parties are in the pickup bridge as the events say. Events come in order on one socket, so a hangup right
   * after the bridge finds the pickup connected, which the answers to the bridge commands could not promise.
   */
  private void enteredBridge(ChannelEnteredBridge event) {
    if (event.channel() == null || event.bridge() == null) {
      return;
    }
    String callId = callOfChannel.get(event.channel().id());
    Claim claim = callId == null ? null : claims.get(callId);
    boolean pickupBridge = callId != null && callId.equals(callOfChannel.get(event.bridge().id()));
    if (claim != null && pickupBridge && claim.entered(event.channel().id()) && picking(callId)) {
      apply(callId, board.handle(callId, new PickupMessage.Bridged()));
    }
  }

  private boolean picking(String callId) {
    return board.call(callId).filter(pickup -> pickup.state() == PickupState.PICKING).isPresent();
  }

  /** The calls ringing now that may be picked up, oldest first; read on the engine's context. */
  public Future<List<RingingCall>> ringing() {
    return onHome(board::ringing);
  }

  /** How many ARI ids the host still follows, plus the calls it still holds (tests: nothing left behind). */
  public Future<Integer> followedIds() {
    return onHome(() -> callOfChannel.size() + claims.size() + offers.size());
  }

  private void withdrawn(String callId) {
    Optional<Pickup> pickup = board.call(callId);
    if (pickup.isPresent() && pickup.get().state() == PickupState.RINGING) {
      board.handle(callId, new PickupMessage.Withdrawn());
      offers.remove(callId);
    } else if (pickup.isEmpty() && !claims.containsKey(callId)) {
      offers.remove(callId);
    }
  }

  /** The claim's commands ran: both parties are in the bridge, unless one left meanwhile. */
  private void bridged(String callId, Throwable failure) {
    if (!picking(callId)) {
      return;
    }
    if (failure != null) {
      LOG.warn("pickup={} could not bridge the caller with the picker: {}", callId, failure.toString());
      Optional.ofNullable(claims.get(callId)).ifPresent(claim -> claim.fail(failure));
      apply(callId, board.handle(callId, new PickupMessage.CallerGone()));
      return;
    }
    apply(callId, board.handle(callId, new PickupMessage.Bridged()));
  }

  private void apply(String callId, PickupDecision decision) {
    decision.illegal().ifPresent(illegal -> LOG.warn("pickup={} event does not fit: {}", callId, illegal));
    Claim claim = claims.get(callId);
    if (claim != null) {
      decision.pickerOutcome().ifPresent(outcome -> {
        LOG.info("pickup={} by {}: {}", callId, claim.picker(), outcome.label());
        claim.settle(outcome);
      });
    }
    Future<Void> done = carryOut(callId, decision);
    if (board.call(callId).isEmpty()) {
      done.onComplete(after -> finish(callId));
    }
  }

  /** Runs the decision's commands after those decided before for the same call; never fails the chain. */
  private Future<Void> carryOut(String callId, PickupDecision decision) {
    Future<Void> previous = work.getOrDefault(callId, Future.succeededFuture());
    Promise<Void> done = Promise.promise();
    Future<Void> tail = previous.otherwiseEmpty().compose(v -> runAll(callId, decision.commands()));
    work.put(callId, done.future());
    tail.onComplete(done);
    return done.future();
  }

  private Future<Void> runAll(String callId, List<Command> commands) {
    Future<Void> chain = Future.succeededFuture();
    for (Command command : commands) {
      chain = chain.compose(v -> execute(callId, command));
    }
    return chain;
  }

  private Future<Void> execute(String callId, Command command) {
    if (command instanceof Command.CreateBridge create) {
      follow(callId, create.bridgeId());
    }
    if (command instanceof Command.DestroyBridge || command instanceof Command.HangUp) {
      return ari.run(command).otherwiseEmpty();
    }
    return ari.run(command);
  }

  /** The pickup is over: both sides are told, every id is let go. */
  private void finish(String callId) {
    Claim claim = claims.remove(callId);
    if (claim != null) {
      claim.settle(PickupOutcome.CALLER_GONE);
      claim.end();
    }
    OfferHandle owner = offers.remove(callId);
    if (owner != null) {
      owner.end();
    }
    callOfChannel.entrySet().removeIf(entry -> {
      boolean mine = entry.getValue().equals(callId);
      if (mine) {
        objects.release(entry.getKey(), this);
      }
      return mine;
    });
    work.remove(callId);
    LOG.debug("pickup={} over", callId);
  }

  private void follow(String callId, String id) {
    callOfChannel.put(id, callId);
    objects.claim(id, this);
  }

  private <T> Future<T> onHome(Supplier<T> read) {
    Promise<T> result = Promise.promise();
    home.runOnContext(v -> result.complete(read.get()));
    return result.future();
  }
}
