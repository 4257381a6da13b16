package io.ariflow.sim.core;

import java.util.List;

/**
 * How a channel ends, in the order the traces show: ChannelHangupRequest, media stopped (a playing prompt
 * fails), the bridge left, StasisEnd, the Local partner told, ChannelDestroyed. Delivery is decided by
 * subscriptions, so a dialplan-entered caller ends with StasisEnd only while an originated Local ;1 also
 * reports ChannelDestroyed.
 */
final class Teardown {

  /** The ChannelHangupRequest to emit first: with cause and soft, cause only, neither (BYE), or none. */
  record Request(boolean emit, Integer cause, Boolean soft, boolean rtpQos) {
    static final Request NONE = new Request(false, null, null, false);
    static final Request BYE = new Request(true, null, null, true);
    static final Request ARI = new Request(true, 32, true, true);

    static Request of(int cause, boolean soft) {
      return new Request(true, cause, soft ? Boolean.TRUE : null, false);
    }
  }

  private static final List<String> RTP_QOS = List.of("RTPAUDIOQOS", "RTPAUDIOQOSJITTER", "RTPAUDIOQOSLOSS",
      "RTPAUDIOQOSRTT", "RTPAUDIOQOSMES");

  private final SimCore core;

  Teardown(SimCore core) {
    this.core = core;
  }

  /** Hangs up {@code ch} (and its Local partner) reporting {@code cause} in ChannelDestroyed. */
  void hangup(Channel ch, Request request, int cause) {
    if (!ch.alive()) {
      return;
    }
    ch.tearingDown = true;
    stopTimers(ch);
    if (ch.kind == ChannelKind.PJSIP && ch.answeredOnce && request.rtpQos()) {
      rtpQos(ch);
    }
    if (request.emit()) {
      core.notifier.channel(ch, () -> core.events.hangupRequest(ch, request.cause(), request.soft()));
    }
    boolean wasInStasis = leaveEverything(ch);
    if (ch.kind.dialplanSide() && wasInStasis) {
      core.notifier.channel(ch, () -> core.events.hangupRequest(ch, 16, true));
    }
    endSnoops(ch);
    Channel partner = ch.partner;
    boolean partnerAlive = partner != null && partner.alive();
    if (partnerAlive) {
      partner.tearingDown = true;
      core.notifier.channel(partner, () -> core.events.hangupRequest(partner, cause == 0 ? 0 : 16, null));
    }
    destroy(ch, cause);
    if (partnerAlive) {
      finishPartner(partner, cause);
    }
  }

  private void finishPartner(Channel p, int cause) {
    stopTimers(p);
    if (p.kind.dialplanSide()) {
      core.notifier.channel(p, () -> core.events.hangupRequest(p, 16, true));
    }
    leaveEverything(p);
    endSnoops(p);
    destroy(p, cause);
  }

  /** Media, bridge and Stasis are left in this order; Stasis ends with StasisEnd + STASISSTATUS. */
  private boolean leaveEverything(Channel ch) {
    core.playbackOps.channelGone(ch);
    core.recordings.channelGone(ch);
    if (ch.bridge != null) {
      core.bridges().leave(ch, false);
    }
    if (ch.stasisApp != null) {
      core.stasis.end(ch);
      return true;
    }
    return false;
  }

  private void endSnoops(Channel ch) {
    if (ch.snoops != null) {
      for (Channel snoop : ch.snoops.toArray(new Channel[0])) {
        hangup(snoop, Request.NONE, HangupCause.NORMAL);
      }
    }
  }

  private void destroy(Channel ch, int cause) {
    ch.tearingDown = true;
    if (ch.kind == ChannelKind.LOCAL_1) {
      ch.appName = ch.homeAppName;
      ch.appData = ch.homeAppData;
    } else {
      ch.appName = "";
      ch.appData = "";
    }
    core.notifier.channel(ch, () -> core.events.destroyed(ch, cause));
    if (ch.pendingCaller != null) {
      ch.caller = ch.pendingCaller;
      ch.pendingCaller = null;
      core.notifier.channel(ch, () -> core.events.callerId(ch));
    }
    if (ch.dialplanAfterDestroy) {
      core.notifier.channel(ch, () -> core.events.dialplan(ch));
    }
    core.channelRegistry.remove(ch);
  }

  private void stopTimers(Channel ch) {
    core.cancel(ch.dialplanTimer);
    core.cancel(ch.dialTimer);
    ch.dialplanTimer = -1;
    ch.dialTimer = -1;
  }

  /** QoS variables of a hanging-up PJSIP channel; its single bridge peer gets the *BRIDGED copies. */
  private void rtpQos(Channel ch) {
    Channel peer = null;
    if (ch.bridge != null && ch.bridge.members.size() == 2) {
      peer = ch.bridge.members.get(0) == ch ? ch.bridge.members.get(1) : ch.bridge.members.get(0);
    }
    for (String var : RTP_QOS) {
      core.notifier.channel(ch, () -> core.events.varset(ch, var, RtpStats.value(var)));
      if (peer != null) {
        Channel p = peer;
        core.notifier.channel(p, () -> core.events.varset(p, var + "BRIDGED", RtpStats.value(var)));
      }
    }
  }
}
