package io.ariflow.flows.steps.queue;

import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.port.QueuePort;
import io.ariflow.flows.queue.engine.AnnouncementScript;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.spec.QueueSpec;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.flows.steps.CallerMedia;
import io.ariflow.flows.steps.StepCancelledException;
import io.ariflow.flows.steps.StepContext;
import io.ariflow.flows.steps.StepResult;
import io.ariflow.flows.steps.Subscription;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDtmfReceived;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One caller's time in a queue: joins, carries out every command the queue sends about this call (music and
 * prompts, agent legs to ring or drop, the bridge on Connect), turns the caller's keys into exits and callback
 * requests, and reports every hangup back. Whatever ends it, the clean-up tells the queue the caller left (when
 * the queue still counts them), hangs up every agent leg, stops the music and destroys the bridge. A ringing
 * agent leg picked up by someone else makes the picker the connected agent (the pickup host owns that bridge).
 */
final class QueueRun {

  private static final Logger LOG = LoggerFactory.getLogger(QueueRun.class);
  private static final List<String> GOODBYE = List.of("sound:auth-thankyou", "sound:vm-goodbye");

  private final StepContext ctx;
  private final QueueSpec spec;
  private final QueuePlan plan;
  private final QueuePort port;
  private final StateCursor<QueuePhase, QueuePhaseInput> phase;
  private boolean silencingForCapture;
  private final Promise<StepResult> result = Promise.promise();
  private final CallerAudio audio;
  private final Offering offering;
  private final QueueResults results;
  private Subscription events = () -> { };
  private QueuePort.Registration registration = () -> { };
  private boolean counted;
  private OfferLeg agent;
  private String bridgeId;
  private PickupClaim picker;
  private Future<Void> pickupOver;

  QueueRun(StepContext ctx, QueueSpec spec, QueuePlan plan, QueuePort port, TransitionObserver observer) {
    this.ctx = ctx;
    this.spec = spec;
    this.plan = plan;
    this.port = port;
    this.phase = new StateCursor<>(QueuePhaseTable.TABLE, QueuePhase.JOINING, new TransitionHistory(32), observer);
    this.audio = new CallerAudio(ctx, plan.musicClass(), plan.playlist());
    this.offering = new Offering(ctx, plan, this::report, this::agentLeft, this::pickedUp, observer);
    this.results = new QueueResults(ctx, plan.queue());
  }

  /** Runs the caller's time in the queue; fails only for an unexpected error or when the step is cancelled. */
  Future<StepResult> run() {
    events = ctx.subscribe(this::onEvent);
    registration = port.listen(plan.callId(), this::onCommand);
    ctx.cancelled().onSuccess(reason -> result.tryFail(new StepCancelledException(reason)));
    CallerMedia.answer(ctx)
        .compose(up -> port.send(plan.queue(), plan.join()))
        .onFailure(result::tryFail);
    return result.future().eventually(this::cleanup);
  }

  private void onCommand(QueueCommand command) {
    if (command instanceof QueueCommand.CancelOffer cancel) {
      offering.drop(cancel.agentIds());
    } else if (result.future().isComplete()) {
      LOG.debug("step {}: {} after the caller left the queue", ctx.stepId(), command);
    } else if (command instanceof QueueCommand.Joined joined) {
      joined(joined);
    } else if (command instanceof QueueCommand.Overflow overflow) {
      overflow(overflow);
    } else if (command instanceof QueueCommand.Offer offer) {
      offering.offer(offer);
    } else if (command instanceof QueueCommand.Connect connect) {
      connect(connect.agentId());
    } else if (command instanceof QueueCommand.Announce announce && phase.current() == QueuePhase.WAITING) {
      audio.say(AnnouncementScript.media(announce));
    } else if (command instanceof QueueCommand.PlayPeriodic periodic && phase.current() == QueuePhase.WAITING) {
      audio.say(List.of(QueueResults.media(periodic.prompt())));
    } else if (command instanceof QueueCommand.CallbackAccepted accepted) {
      callbackAccepted(accepted);
    }
  }

  private void joined(QueueCommand.Joined joined) {
    if (fire(QueuePhaseInput.JOINED, "position " + joined.position())) {
      counted = true;
      results.put("position", joined.position());
      LOG.info("call={} step={} joined queue {} at position {}", plan.callId(), ctx.stepId(), plan.queue(),
          joined.position());
      audio.music();
    }
  }

  private void overflow(QueueCommand.Overflow overflow) {
    if (fire(QueuePhaseInput.OVERFLOW, overflow.reason().name())) {
      counted = false;
      String outcome = QueueResults.outcomeOf(overflow.reason());
      results.put("reason", overflow.reason().name().replace("_", "").toLowerCase(Locale.ROOT));
      finish(outcome, results.leftNote(outcome));
    }
  }

  private void onEvent(AriEvent event) {
    offering.onEvent(event);
    if (event instanceof ChannelDtmfReceived dtmf && dtmf.channel() != null
        && ctx.channelId().equals(dtmf.channel().id())) {
      if (phase.current() == QueuePhase.WAITING) {
        key(dtmf.digit());
      } else if (silencingForCapture) {
        ctx.digits().append(dtmf.digit());
      }
    }
  }

  private void key(String digit) {
    if (plan.exits(digit) && fire(QueuePhaseInput.EXIT_KEY, "pressed " + digit)) {
      counted = false;
      results.put("key", digit);
      String outcome = plan.exits().containsKey(digit) ? QueueSpec.EXIT_PREFIX + digit : QueueSpec.EXIT;
      port.send(plan.queue(), new QueueInput.CallerExited(plan.callId(), digit))
          .onComplete(told -> finish(outcome, results.leftNote("left with " + digit)));
    } else if (plan.callbackKey().filter(digit::equals).isPresent()
        && fire(QueuePhaseInput.CALLBACK_KEY, "pressed " + digit)) {
      silencingForCapture = true;
      audio.silence().compose(quiet -> startCapture()).onComplete(done -> captured(done.result()));
    }
  }

  /**
   * A caller who knows the drill types the number while the music is still being stopped; those digits
   * are kept for the capture, which takes them as typed ahead and subscribes in the same turn.
   */
  private Future<Optional<String>> startCapture() {
    silencingForCapture = false;
    return CallbackCapture.capture(ctx);
  }

  private void captured(Optional<String> number) {
    if (phase.current() != QueuePhase.CAPTURING) {
      return;
    }
    if (number == null || number.isEmpty()) {
      dropCapture("no number confirmed");
      return;
    }
    results.put("callbackNumber", number.get());
    port.send(plan.queue(), new QueueInput.RequestCallback(plan.callId(), number.get()))
        .onComplete(told -> dropCapture("the queue refused the callback"));
  }

  private void dropCapture(String why) {
    if (fire(QueuePhaseInput.CAPTURE_DROPPED, why)) {
      audio.music();
    }
  }

  private void callbackAccepted(QueueCommand.CallbackAccepted accepted) {
    if (!fire(QueuePhaseInput.CALLBACK_ACCEPTED, "position " + accepted.position())) {
      return;
    }
    counted = false;
    results.put("position", accepted.position());
    audio.say(GOODBYE);
    audio.whenQuiet().onComplete(said -> {
      String note = results.leftNote("callback requested");
      if (spec.routesCallback()) {
        finish(QueueSpec.CALLBACK, note);
      } else {
        result.tryComplete(results.hangUp(QueueSpec.CALLBACK, note));
      }
    });
  }

  /** A picker claimed the call ringing at an agent: the queue connects the picker instead. */
  private void pickedUp(OfferLeg leg, PickupClaim claim, Future<Void> over) {
    picker = claim;
    pickupOver = over;
    LOG.info("call={} step={} queue {}: {} picked up the call ringing at {}", plan.callId(), ctx.stepId(),
        plan.queue(), claim.pickerEndpoint(), leg.agentId());
    report(new QueueInput.OfferPickedUp(plan.callId(), leg.agentId(), claim.pickerChannel(),
        claim.pickerEndpoint()));
  }

  /** The queue connected the picker: the pickup host bridges, the step waits for the picker to leave. */
  private void connectPicker(PickupClaim claim) {
    if (!fire(QueuePhaseInput.CONNECT, claim.pickerEndpoint() + " picked up")) {
      return;
    }
    results.connected(claim.pickerEndpoint(), claim.pickerEndpoint());
    audio.silence().onComplete(quiet -> {
      if (fire(QueuePhaseInput.BRIDGED, "picked up by " + claim.pickerEndpoint())) {
        results.bridged();
      }
      pickupOver.onComplete(over -> {
        if (!result.future().isComplete()) {
          endedByAgent(claim.pickerEndpoint() + " hung up");
        }
      });
    });
  }

  private void connect(String agentId) {
    if (picker != null && picker.pickerEndpoint().equals(agentId)) {
      connectPicker(picker);
      return;
    }
    Optional<OfferLeg> leg = offering.answered(agentId);
    if (!fire(QueuePhaseInput.CONNECT, agentId + " answered")) {
      return;
    }
    if (leg.isEmpty()) {
      LOG.warn("call={} step={} queue {} connected {} but the agent's leg is gone", plan.callId(), ctx.stepId(),
          plan.queue(), agentId);
      endedByAgent(agentId + " left before the bridge");
      return;
    }
    agent = leg.get();
    results.connected(agent);
    bridgeId = ctx.ids().next("bridge");
    audio.silence()
        .compose(quiet -> ctx.calls().createBridge(bridgeId, "mixing"))
        .compose(created -> stillBridging() ? ctx.calls().addChannel(bridgeId, ctx.channelId()) : abandon())
        .compose(added -> stillBridging() ? ctx.calls().addChannel(bridgeId, agent.channelId()) : abandon())
        .onSuccess(added -> bridged())
        .onFailure(this::connectFailed);
  }

  private boolean stillBridging() {
    return phase.current() == QueuePhase.BRIDGING && !result.future().isComplete();
  }

  /** The agent or the caller left while the bridge was being built: take the bridge down again. */
  private Future<Void> abandon() {
    return ctx.calls().destroyBridge(bridgeId).otherwiseEmpty()
        .compose(gone -> Future.failedFuture(new IllegalStateException("a party left while connecting")));
  }

  private void bridged() {
    if (fire(QueuePhaseInput.BRIDGED, "bridge " + bridgeId)) {
      offering.connected(agent);
      results.bridged();
      LOG.info("call={} step={} queue {} connected to {} ({})", plan.callId(), ctx.stepId(), plan.queue(),
          agent.agentId(), agent.endpoint());
    }
  }

  /** A refused bridge command fails the step with {@code error}, worded so a 404 about a leg is not a hangup. */
  private void connectFailed(Throwable failure) {
    if (stillBridging() && fire(QueuePhaseInput.FAILED, String.valueOf(failure.getMessage()))) {
      result.tryFail(new IllegalStateException("could not bridge the caller with agent " + agent.agentId() + ": "
          + failure.getMessage(), failure));
    }
  }

  private void agentLeft(OfferLeg leg) {
    if (leg == agent) {
      endedByAgent(leg.agentId() + " hung up");
    }
  }

  private void endedByAgent(String detail) {
    if (!fire(QueuePhaseInput.AGENT_LEFT, detail)) {
      return;
    }
    counted = false;
    results.ended(EndedBy.AGENT);
    port.send(plan.queue(), new QueueInput.CallEnded(plan.callId(), EndedBy.AGENT))
        .onComplete(told -> finish(QueueSpec.ANSWERED, results.talkedNote()));
  }

  private void report(QueueInput input) {
    port.send(plan.queue(), input).onFailure(f -> LOG.error("call={} step={} queue {} refused {}: {}",
        plan.callId(), ctx.stepId(), plan.queue(), input, f.getMessage()));
  }

  private void finish(String outcome, String note) {
    result.tryComplete(results.of(outcome, note));
  }

  private boolean fire(QueuePhaseInput input, String detail) {
    Optional<Transition<QueuePhase, QueuePhaseInput>> row = phase.lookup(input);
    row.ifPresent(r -> phase.apply(r, detail));
    return row.isPresent();
  }

  private Future<Void> cleanup() {
    events.close();
    Future<Void> told = Future.succeededFuture();
    if (counted) {
      counted = false;
      results.callerLeft(phase.current() == QueuePhase.BRIDGED);
      told = port.send(plan.queue(), new QueueInput.CallerHungUp(plan.callId())).otherwiseEmpty();
    }
    return told.compose(v -> {
      registration.close();
      Future<Void> bridge = bridgeId == null ? Future.succeededFuture()
          : ctx.calls().destroyBridge(bridgeId).otherwiseEmpty();
      return Future.join(offering.release(), audio.silence(), bridge).mapEmpty();
    });
  }
}
