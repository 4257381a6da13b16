package io.ariflow.app.queues;

import io.ariflow.flows.load.queue.QueueExtras;
import io.ariflow.flows.port.CallControl;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.OutboundChannel;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueCommand.OfferedAgent;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.engine.RefuseReason;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.ChannelHangupRequest;
import io.ariflow.model.event.Dial;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.StasisEnd;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One callback being carried out, its caller offline: the agent's phone rings first; once the agent answers
 * (and has heard the number), the caller is dialled while the agent hears music on hold; when the caller answers
 * they are bridged. Every outcome is reported to the queue (answered, refused, unreached, ended), which decides
 * the retries. Legs are claimed before their commands and every one still up is hung up when the attempt ends.
 */
final class CallbackCall {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackCall.class);
  private static final Duration CALLER_RING = Duration.ofSeconds(30);

  /** Where the attempt is. */
  enum Stage { IDLE, RINGING_AGENT, DIALING_CALLER, BRIDGING, CONNECTED }

  private final String callId;
  private final String number;
  private final QueueExtras extras;
  private final CallControl calls;
  private final IdGenerator ids;
  private final Timers timers;
  private final Consumer<QueueInput> report;
  private Stage stage = Stage.IDLE;
  private String agentId;
  private String agentLeg;
  private String callerLeg;
  private String bridgeId;
  private TimerHandle callerTimer = () -> false;

  CallbackCall(String callId, String number, QueueExtras extras, CallControl calls, IdGenerator ids, Timers timers,
      Consumer<QueueInput> report) {
    this.callId = callId;
    this.number = number;
    this.extras = extras;
    this.calls = calls;
    this.ids = ids;
    this.timers = timers;
    this.report = report;
  }

  Stage stage() {
    return stage;
  }

  /** Rings the agent for this callback. */
  void ringAgent(OfferedAgent agent) {
    stage = Stage.RINGING_AGENT;
    agentId = agent.agentId();
    agentLeg = ids.next("channel");
    String shown = "\"Callback\" <" + number + ">";
    calls.createChannel(new OutboundChannel(agentLeg, agent.endpoint(), null, shown, Map.of()))
        .compose(created -> calls.dial(agentLeg, null, null))
        .onFailure(f -> agentRefused(RefuseReason.UNREACHABLE, f.getMessage()));
  }

  /** The agent took the callback: the caller is dialled while the agent waits with music. */
  void dialCaller() {
    String endpoint = extras.callbackEndpointFor(number).orElse("");
    stage = Stage.DIALING_CALLER;
    callerLeg = ids.next("channel");
    calls.startMoh(agentLeg, null).otherwiseEmpty();
    calls.createChannel(new OutboundChannel(callerLeg, endpoint, agentLeg, extras.callbackCallerId().orElse(null),
        Map.of())).compose(created -> calls.dial(callerLeg, agentLeg, CALLER_RING))
        .onFailure(f -> callerUnreached(f.getMessage()));
    callerTimer = timers.schedule(CALLER_RING, () -> callerUnreached("no answer in " + CALLER_RING.toSeconds() + " s"));
  }

  /** The queue connected them: one bridge for the agent and the caller. */
  void connect() {
    stage = Stage.BRIDGING;
    bridgeId = ids.next("bridge");
    calls.stopMoh(agentLeg).otherwiseEmpty()
        .compose(quiet -> calls.createBridge(bridgeId, "mixing"))
        .compose(created -> calls.addChannel(bridgeId, agentLeg))
        .compose(added -> calls.addChannel(bridgeId, callerLeg))
        .onSuccess(added -> stage = stage == Stage.BRIDGING ? Stage.CONNECTED : stage)
        .onFailure(f -> ended(EndedBy.AGENT, "bridge refused: " + f.getMessage()));
  }

  /** The queue withdrew the agent (ring timeout, caller unreached): hang up what is up and wait for a retry. */
  void withdraw(String why) {
    LOG.debug("callback {}: {} withdrawn ({})", callId, agentId, why);
    hangUpAll();
    stage = Stage.IDLE;
  }

  void onEvent(AriEvent event) {
    if (event instanceof Dial dial && dial.peer() != null && dial.dialstatus() != null) {
      onDial(dial.peer().id(), dial.dialstatus());
    } else if (gone(event)) {
      onGone(((HasChannel) event).channel().id());
    }
  }

  private void onDial(String leg, String status) {
    if (leg.equals(agentLeg) && stage == Stage.RINGING_AGENT) {
      if ("ANSWER".equals(status)) {
        stage = Stage.DIALING_CALLER;
        calls.play(ids.next("playback"), "channel:" + agentLeg, whisper(), null).otherwiseEmpty();
        report.accept(new QueueInput.OfferAnswered(callId, agentId, agentLeg));
      } else if ("BUSY".equals(status)) {
        agentRefused(RefuseReason.BUSY, status);
      } else if (!status.isEmpty() && !status.equals("RINGING") && !status.equals("PROGRESS")) {
        agentRefused(RefuseReason.UNREACHABLE, status);
      }
    } else if (leg.equals(callerLeg) && stage == Stage.DIALING_CALLER) {
      if ("ANSWER".equals(status)) {
        callerTimer.cancel();
        report.accept(new QueueInput.CallbackAnswered(callId));
      } else if (!status.isEmpty() && !status.equals("RINGING") && !status.equals("PROGRESS")) {
        callerUnreached(status);
      }
    }
  }

  private List<String> whisper() {
    List<String> media = new ArrayList<>(extras.agentAnnounce());
    media.add("digits:" + number);
    return media;
  }

  private void onGone(String leg) {
    if (leg.equals(agentLeg)) {
      agentLeg = null;
      switch (stage) {
        case RINGING_AGENT -> agentRefused(RefuseReason.HUNG_UP, "agent hung up");
        case DIALING_CALLER -> callerUnreached("the agent hung up while the caller was dialled");
        case BRIDGING, CONNECTED -> ended(EndedBy.AGENT, "agent hung up");
        default -> { }
      }
    } else if (leg.equals(callerLeg)) {
      callerLeg = null;
      switch (stage) {
        case DIALING_CALLER -> callerUnreached("the caller's leg ended");
        case BRIDGING, CONNECTED -> ended(EndedBy.CALLER, "caller hung up");
        default -> { }
      }
    }
  }

  private void agentRefused(RefuseReason reason, String detail) {
    if (stage != Stage.RINGING_AGENT) {
      return;
    }
    stage = Stage.IDLE;
    hangUpAll();
    LOG.debug("callback {}: agent {} refused ({})", callId, agentId, detail);
    report.accept(new QueueInput.OfferRefused(callId, agentId, reason));
  }

  private void callerUnreached(String detail) {
    if (stage != Stage.DIALING_CALLER) {
      return;
    }
    stage = Stage.IDLE;
    callerTimer.cancel();
    hangUpAll();
    LOG.info("callback {}: {} not reached ({})", callId, number, detail);
    report.accept(new QueueInput.CallbackUnreached(callId));
  }

  private void ended(EndedBy by, String detail) {
    if (stage != Stage.BRIDGING && stage != Stage.CONNECTED) {
      return;
    }
    stage = Stage.IDLE;
    hangUpAll();
    LOG.info("callback {}: call with {} ended ({})", callId, agentId, detail);
    report.accept(new QueueInput.CallEnded(callId, by));
  }

  /** Hangs up both legs and destroys the bridge; never fails. */
  Future<Void> hangUpAll() {
    callerTimer.cancel();
    Future<Void> agent = agentLeg == null ? Future.succeededFuture() : calls.hangup(agentLeg, "normal").otherwiseEmpty();
    Future<Void> caller = callerLeg == null ? Future.succeededFuture()
        : calls.hangup(callerLeg, "normal").otherwiseEmpty();
    Future<Void> bridge = bridgeId == null ? Future.succeededFuture() : calls.destroyBridge(bridgeId).otherwiseEmpty();
    agentLeg = null;
    callerLeg = null;
    bridgeId = null;
    return Future.join(agent, caller, bridge).mapEmpty();
  }

  private static boolean gone(AriEvent event) {
    return (event instanceof ChannelHangupRequest || event instanceof StasisEnd || event instanceof ChannelDestroyed)
        && ((HasChannel) event).channel() != null;
  }
}
