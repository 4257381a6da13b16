package io.ariflow.sim.core;

import java.time.Duration;

/**
 * {@code POST /channels/{id}/dial} for a channel made by /channels/create: the far end (;2) starts its
 * extension. Progress shows as Dial events on the leg; at the timeout there is no NOANSWER event, the leg
 * is simply hung up with cause 19, even after a BUSY (as the create-dial-early trace shows).
 */
public final class Dialer {

  private final SimCore core;

  Dialer(SimCore core) {
    this.core = core;
  }

  public void dial(String id, String callerId, Integer timeoutSeconds) {
    Channel leg = core.channelRegistry.requireStasis(id);
    Channel farEnd = leg.partner;
    boolean phone = leg.kind == ChannelKind.PJSIP && farEnd == null;
    if (leg.dialstring == null || leg.state == ChannelState.UP || leg.dialing
        || !phone && (farEnd == null || !farEnd.alive())) {
      throw AriError.of(409, "Channel is not in a state to be dialed");
    }
    leg.dialing = true;
    Channel caller = callerId == null || callerId.isEmpty() ? null : core.channelRegistry.require(callerId);
    leg.dialCaller = caller;
    if (caller != null) {
      leg.connected = caller.caller;
      core.notifier.channel(leg, core.events.onChannel("ChannelConnectedLine", leg));
    }
    int timeout = timeoutSeconds == null ? 0 : timeoutSeconds;
    if (timeout > 0) {
      leg.dialTimer = core.schedule(Duration.ofSeconds(timeout), () -> timedOut(leg));
    }
    leg.dialStartPending = true;
    if (phone) {
      core.phones.start(leg, leg.endpoint.substring(leg.endpoint.indexOf('/') + 1));
    } else {
      farEnd.state = ChannelState.RING;
      core.runner.start(farEnd, farEnd.context, farEnd.exten, 1);
    }
    core.channelRegistry.flushDialStart(leg);
  }

  private void timedOut(Channel leg) {
    leg.dialTimer = -1;
    if (leg.alive() && leg.state != ChannelState.UP) {
      core.teardown.hangup(leg, Teardown.Request.ARI, HangupCause.NO_ANSWER);
    }
  }
}
