package io.ariflow.flows.steps;

import io.ariflow.flows.port.TimerHandle;
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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dialled leg: the channel id we generated, the endpoint, its {@link LegTable} state and its ring timer.
 * Maps the leg's ARI events to {@link LegInput}s: Dial statuses, and its channel going away (cause 17 is a
 * busy far end).
 */
final class DialLeg {

  private static final Logger LOG = LoggerFactory.getLogger(DialLeg.class);
  private static final int CAUSE_BUSY = 17;

  private final String channelId;
  private final String endpoint;
  private final StateCursor<LegState, LegInput> state;
  private TimerHandle timer = () -> false;
  private String lastStatus = "";
  private boolean gone;

  DialLeg(String channelId, String endpoint, TransitionHistory history, TransitionObserver observer) {
    this.channelId = channelId;
    this.endpoint = endpoint;
    this.state = new StateCursor<>(LegTable.TABLE, LegState.DIALING, history, observer);
  }

  /** The input {@code event} means for this leg, if it concerns it. */
  Optional<LegInput> inputFor(AriEvent event) {
    if (event instanceof Dial dial && dial.peer() != null && channelId.equals(dial.peer().id())) {
      return dialStatus(dial.dialstatus());
    }
    boolean aboutMe = event instanceof HasChannel about && about.channel() != null
        && channelId.equals(about.channel().id());
    if (aboutMe && (event instanceof ChannelHangupRequest || event instanceof StasisEnd
        || event instanceof ChannelDestroyed)) {
      gone = true;
      Integer cause = event instanceof ChannelHangupRequest request ? request.cause() : null;
      boolean busy = cause != null && cause == CAUSE_BUSY && !state.current().isFinal();
      return Optional.of(busy ? LegInput.BUSY : LegInput.GONE);
    }
    return Optional.empty();
  }

  private Optional<LegInput> dialStatus(String status) {
    if (status == null || status.isEmpty()) {
      return Optional.empty();
    }
    lastStatus = status;
    return Optional.of(switch (status) {
      case "RINGING", "PROGRESS", "PROCEEDING" -> LegInput.RING;
      case "ANSWER" -> LegInput.ANSWER;
      case "BUSY" -> LegInput.BUSY;
      case "NOANSWER" -> LegInput.TIMEOUT;
      case "CANCEL" -> LegInput.GONE;
      default -> LegInput.FAIL;
    });
  }

  /** Applies {@code input}; the new state when it changed, empty when tolerated or not allowed now. */
  Optional<LegState> apply(LegInput input, String detail) {
    Optional<Transition<LegState, LegInput>> row = state.lookup(input);
    if (row.isEmpty()) {
      LOG.debug("leg {}: {} ignored in {} ({})", channelId, input, state.current(), detail);
      return Optional.empty();
    }
    state.apply(row.get(), detail);
    return row.get().isSelf() ? Optional.empty() : Optional.of(row.get().to());
  }

  String channelId() {
    return channelId;
  }

  String endpoint() {
    return endpoint;
  }

  LegState state() {
    return state.current();
  }

  /** The last non-empty Dial status seen, e.g. RINGING, BUSY. */
  String lastStatus() {
    return lastStatus;
  }

  /** Whether the leg's channel already hung up or left, so hanging it up is pointless. */
  boolean gone() {
    return gone;
  }

  void timer(TimerHandle handle) {
    timer = handle;
  }

  void stopTimer() {
    timer.cancel();
  }
}
