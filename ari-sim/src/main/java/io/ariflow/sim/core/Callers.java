package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The far side of calls, driven by the control API: what sipp did in the traces. An inbound PJSIP call
 * runs its context (by default [from-test]: NoOp, Stasis, Hangup); the caller can send DTMF, hold, talk and
 * hang up (BYE: ChannelHangupRequest without cause).
 */
public final class Callers {

  private final SimCore core;

  Callers(SimCore core) {
    this.core = core;
  }

  public Channel inbound(String endpoint, String context, String exten, Party caller) {
    return inbound(endpoint, context, exten, caller, null);
  }

  /** An inbound call whose every event is also given to {@code observer} (null: none), from ChannelCreated on. */
  public Channel inbound(String endpoint, String context, String exten, Party caller,
      Consumer<JsonObject> observer) {
    String resource = endpoint == null || endpoint.isEmpty() ? "sipp" : endpoint;
    String name = "PJSIP/" + resource + "-" + core.ids.nextPjsipSuffix();
    Channel ch = core.channelRegistry.create(null, name, ChannelKind.PJSIP, ChannelState.RING);
    ch.caller = caller;
    ch.observer = observer;
    ch.location(context, exten, 1, "", "");
    ch.endpoint = "PJSIP/" + resource;
    core.endpoints.channelAdded(ch);
    core.channelRegistry.announceCreated(ch);
    ch.protocolId = core.ids.sipCallId();
    ch.setVar("SIPDOMAIN", "127.0.0.1");
    core.notifier.channel(ch, () -> core.events.varset(ch, "SIPDOMAIN", "127.0.0.1"));
    core.runner.start(ch, context, exten, 1);
    return ch;
  }

  public void sendDtmf(String channelId, String digits, int durationMs) {
    sendDtmf(channelId, digits, durationMs, Duration.ZERO);
  }

  /** Digits spaced {@code gap} apart on the sim clock (the first one now), for inter-digit timeouts. */
  public void sendDtmf(String channelId, String digits, int durationMs, Duration gap) {
    Channel ch = core.channelRegistry.require(channelId);
    for (int i = 0; i < digits.length(); i++) {
      String digit = String.valueOf(digits.charAt(i));
      if (i == 0 || gap.isZero()) {
        dtmfReceived(ch, digit, durationMs);
      } else {
        core.schedule(gap.multipliedBy(i), () -> {
          if (ch.alive()) {
            dtmfReceived(ch, digit, durationMs);
          }
        });
      }
    }
  }

  /** A digit arriving on a channel; a recording with a matching terminateOn stops. */
  void dtmfReceived(Channel ch, String digit, int durationMs) {
    core.notifier.channel(ch, core.events.dtmf(ch, digit, durationMs));
    core.recordings.dtmf(ch, digit);
  }

  public void hangup(String channelId) {
    Channel ch = core.channelRegistry.require(channelId);
    core.teardown.hangup(ch, Teardown.Request.BYE, HangupCause.UNKNOWN);
  }

  /** Caller re-INVITE with a=sendonly: ChannelHold (ARI's own /hold produces no event). */
  public void hold(String channelId) {
    Channel ch = core.channelRegistry.require(channelId);
    core.notifier.channel(ch, core.events.hold(ch, "default"));
  }

  public void unhold(String channelId) {
    Channel ch = core.channelRegistry.require(channelId);
    core.notifier.channel(ch, core.events.onChannel("ChannelUnhold", ch));
  }

  /** When a caller's audio first flows, a two-party simple bridge re-evaluates and re-announces its peers. */
  private void firstMedia(Channel ch) {
    if (!ch.mediaFlowing) {
      ch.mediaFlowing = true;
      Bridge b = ch.bridge;
      if (b != null && b.members.size() == 2 && b.technology.equals("simple_bridge")) {
        core.bridgePeers.reannounce(b, null);
      }
    }
  }

  /** Speech for {@code talk}: talking events when TALK_DETECT is set, Finished after the silence threshold. */
  public void talk(String channelId, Duration talk) {
    Channel ch = core.channelRegistry.require(channelId);
    firstMedia(ch);
    if (ch.talkThresholdMs < 0) {
      return;
    }
    core.notifier.channel(ch, core.events.onChannel("ChannelTalkingStarted", ch));
    core.schedule(talk.plusMillis(ch.talkThresholdMs), () -> {
      if (ch.alive()) {
        core.notifier.channel(ch, core.events.talkingFinished(ch, talk.toMillis()));
      }
    });
  }
}
