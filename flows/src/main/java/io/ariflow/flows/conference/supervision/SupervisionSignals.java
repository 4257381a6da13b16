package io.ariflow.flows.conference.supervision;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.BridgeDestroyed;
import io.ariflow.model.event.ChannelDtmfReceived;
import io.ariflow.model.event.ChannelHangupRequest;
import io.ariflow.model.event.StasisEnd;
import io.ariflow.model.event.StasisStart;
import java.util.Optional;

/**
 * Maps the ARI events a supervision session cares about to its messages: the supervisor's keys and hangup, the
 * agent's hangup or the call bridge's end, and the StasisStart of one of its snoops (which the 200 answer to the
 * snoop request may have reported already; a second ready is ignored). A snoop's own StasisEnd after we hung it
 * up means nothing (traces: snoops end with StasisEnd only).
 */
public final class SupervisionSignals {

  private SupervisionSignals() {
  }

  /** The message for {@code event} in {@code session}, if the event concerns it. */
  public static Optional<SupervisionMessage> from(AriEvent event, SupervisionSession session) {
    SupervisionRequest request = session.request();
    if (event instanceof StasisStart start && session.isSnoop(start.channel().id())) {
      return Optional.of(new SupervisionMessage.SnoopReady(start.channel().id()));
    }
    if (event instanceof ChannelDtmfReceived dtmf && dtmf.channel().id().equals(request.supervisor().channelId())
        && dtmf.digit() != null && dtmf.digit().length() == 1) {
      return Optional.of(new SupervisionMessage.DtmfReceived(dtmf.digit().charAt(0)));
    }
    if (event instanceof BridgeDestroyed destroyed && destroyed.bridge().id().equals(request.callBridgeId())) {
      return Optional.of(new SupervisionMessage.TargetGone());
    }
    String gone = goneChannel(event);
    if (gone == null) {
      return Optional.empty();
    }
    if (gone.equals(request.supervisor().channelId())) {
      return Optional.of(new SupervisionMessage.SupervisorGone());
    }
    if (gone.equals(request.agent().channelId())) {
      return Optional.of(new SupervisionMessage.TargetGone());
    }
    return Optional.empty();
  }

  private static String goneChannel(AriEvent event) {
    if (event instanceof ChannelHangupRequest hangup) {
      return hangup.channel().id();
    }
    if (event instanceof StasisEnd end) {
      return end.channel().id();
    }
    return null;
  }
}
