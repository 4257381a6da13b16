package io.ariflow.flows.steps.queue;

import io.ariflow.flows.queue.engine.RefuseReason;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.ChannelHangupRequest;
import io.ariflow.model.event.Dial;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.StasisEnd;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One agent leg rung for an offer: the channel id we generated, the agent, its {@link OfferLegTable} state and
 * why it failed. Maps the leg's ARI events to inputs: Dial statuses, and the channel going away (cause 17 is a
 * busy phone, 21 a declined call).
 */
final class OfferLeg {

  private static final Logger LOG = LoggerFactory.getLogger(OfferLeg.class);
  private static final int CAUSE_BUSY = 17;
  private static final int CAUSE_REJECTED = 21;

  private final String channelId;
  private final String agentId;
  private final String endpoint;
  private final StateCursor<OfferLegState, OfferLegInput> state;
  private RefuseReason refusal = RefuseReason.HUNG_UP;
  private boolean gone;
  private Instant answeredAt;

  OfferLeg(String channelId, String agentId, String endpoint, TransitionHistory history,
      TransitionObserver observer) {
    this.channelId = channelId;
    this.agentId = agentId;
    this.endpoint = endpoint;
    this.state = new StateCursor<>(OfferLegTable.TABLE, OfferLegState.DIALING, history, observer);
  }

  /** The input {@code event} means for this leg, if it concerns it. */
  Optional<OfferLegInput> inputFor(AriEvent event) {
    if (event instanceof Dial dial && dial.peer() != null && channelId.equals(dial.peer().id())) {
      return dialStatus(dial.dialstatus());
    }
    boolean aboutMe = event instanceof HasChannel about && about.channel() != null
        && channelId.equals(about.channel().id());
    if (!aboutMe) {
      return Optional.empty();
    }
    Integer cause = null;
    if (event instanceof ChannelHangupRequest request) {
      cause = request.cause();
    } else if (event instanceof ChannelDestroyed destroyed) {
      cause = destroyed.cause();
    } else if (!(event instanceof StasisEnd)) {
      return Optional.empty();
    }
    gone = true;
    boolean busy = cause != null && cause == CAUSE_BUSY;
    if (cause != null && cause == CAUSE_REJECTED) {
      refusal = RefuseReason.REJECTED;
    }
    return Optional.of(busy ? OfferLegInput.BUSY : OfferLegInput.GONE);
  }

  private Optional<OfferLegInput> dialStatus(String status) {
    if (status == null || status.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(switch (status) {
      case "RINGING", "PROGRESS", "PROCEEDING" -> OfferLegInput.RING;
      case "ANSWER" -> OfferLegInput.ANSWER;
      case "BUSY" -> OfferLegInput.BUSY;
      case "NOANSWER", "CANCEL" -> OfferLegInput.GONE;
      default -> OfferLegInput.FAIL;
    });
  }

  /** Applies {@code input}; the new state when it changed, empty when tolerated or not allowed now. */
  Optional<OfferLegState> apply(OfferLegInput input, String detail) {
    Optional<Transition<OfferLegState, OfferLegInput>> row = state.lookup(input);
    if (row.isEmpty()) {
      LOG.debug("queue leg {} ({}): {} ignored in {} ({})", channelId, agentId, input, state.current(), detail);
      return Optional.empty();
    }
    noteRefusal(input);
    state.apply(row.get(), detail);
    return row.get().isSelf() ? Optional.empty() : Optional.of(row.get().to());
  }

  private void noteRefusal(OfferLegInput input) {
    if (input == OfferLegInput.BUSY) {
      refusal = RefuseReason.BUSY;
    } else if (input == OfferLegInput.FAIL) {
      refusal = RefuseReason.UNREACHABLE;
    } else if (input == OfferLegInput.DECLINED) {
      refusal = RefuseReason.REJECTED;
    }
  }

  String channelId() {
    return channelId;
  }

  String agentId() {
    return agentId;
  }

  String endpoint() {
    return endpoint;
  }

  OfferLegState state() {
    return state.current();
  }

  /** Why the agent did not take the call, once REFUSED. */
  RefuseReason refusal() {
    return refusal;
  }

  /** Whether the channel already hung up or left, so hanging it up is pointless. */
  boolean gone() {
    return gone;
  }

  void answeredAt(Instant at) {
    answeredAt = at;
  }

  /** When the agent answered, if they did. */
  Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }
}
