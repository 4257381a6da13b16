package io.ariflow.sim.core;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The channel registry and the state changes every kind of channel goes through: creation, answer (which
 * travels across a Local pair and completes a pending dial), ringing and busy indications, and removal.
 */
public final class Channels {

  private final SimCore core;

  Channels(SimCore core) {
    this.core = core;
  }

  /** 404 "Channel not found" for unknown and already hung-up channels alike. */
  public Channel require(String id) {
    Channel ch = core.channels.get(id);
    if (ch == null || ch.destroyed) {
      throw AriError.notFound("Channel not found");
    }
    return ch;
  }

  public Channel find(String id) {
    return core.channels.get(id);
  }

  /** 409 for channels that exist but are not in Stasis (never were, or left through continue). */
  public Channel requireStasis(String id) {
    Channel ch = require(id);
    if (!ch.inStasis()) {
      throw AriError.of(409, "Channel not in Stasis application");
    }
    return ch;
  }

  /** 412 for media operations on a channel that is not ringing or up. */
  public Channel requireMediaCapable(String id) {
    Channel ch = requireStasis(id);
    if (ch.state.rejectsMedia()) {
      throw AriError.of(412, "Channel in invalid state");
    }
    return ch;
  }

  public JsonObject json(Channel ch) {
    return core.events.channel(ch);
  }

  public JsonArray list() {
    JsonArray all = new JsonArray();
    core.channels.values().forEach(ch -> all.add(json(ch)));
    return all;
  }

  public int size() {
    return core.channels.size();
  }

  void checkFreeId(String id) {
    if (id != null && core.channels.containsKey(id)) {
      throw AriError.of(409, "Channel with id " + id + " already exists");
    }
  }

  Channel create(String id, String name, ChannelKind kind, ChannelState state) {
    String uid = id == null || id.isEmpty() ? core.ids.uniqueId(core.clock.now()) : id;
    Channel ch = new Channel(uid, name, kind, state, core.clock.now());
    core.channels.put(uid, ch);
    return ch;
  }

  void announceCreated(Channel ch) {
    core.notifier.channel(ch, () -> core.events.onChannel("ChannelCreated", ch));
  }

  void setState(Channel ch, ChannelState state) {
    if (ch.state != state) {
      ch.state = state;
      core.notifier.channel(ch, () -> core.events.onChannel("ChannelStateChange", ch));
    }
  }

  /** Answers a channel; a Local ;2 answering also answers its waiting ;1 and completes its dial. */
  void answer(Channel ch) {
    if (ch.state == ChannelState.UP) {
      return;
    }
    setState(ch, ChannelState.UP);
    ch.answeredOnce = true;
    Channel p = ch.partner;
    if (p != null && p.alive() && p.state != ChannelState.UP) {
      flushDialStart(p);
      setState(p, ChannelState.UP);
      p.answeredOnce = true;
      dialAnswered(p);
    }
  }

  /** The far end of an outbound channel answered: Dial ANSWER and whatever the originate asked for next. */
  void dialAnswered(Channel dialing) {
    core.cancel(dialing.dialTimer);
    dialing.dialTimer = -1;
    dialProgress(dialing, "ANSWER");
    Runnable next = dialing.onPartnerAnswer;
    dialing.onPartnerAnswer = null;
    if (next != null) {
      next.run();
    }
  }

  /** A called phone (PJSIP originate) answers its own channel. */
  void phoneAnswered(Channel ch) {
    if (ch.state != ChannelState.UP) {
      flushDialStart(ch);
      setState(ch, ChannelState.UP);
      ch.answeredOnce = true;
      dialAnswered(ch);
    }
  }

  void phoneRinging(Channel ch) {
    if (ch.state != ChannelState.UP) {
      setState(ch, ChannelState.RINGING);
      flushDialStart(ch);
      dialProgress(ch, "RINGING");
    }
  }

  void phoneBusy(Channel ch, String status, int cause) {
    flushDialStart(ch);
    dialProgress(ch, status);
    if (ch.dialCaller == null && !ch.inStasis()) {
      core.teardown.hangup(ch, Teardown.Request.NONE, cause);
    }
  }

  /** Ringing on a far end shows on the dialling side as state Ringing and Dial RINGING. */
  void ringing(Channel ch) {
    if (ch.state == ChannelState.UP) {
      return;
    }
    setState(ch, ChannelState.RINGING);
    Channel p = ch.partner;
    if (p != null && p.alive() && p.state != ChannelState.UP && p.dialstring != null) {
      setState(p, ChannelState.RINGING);
      flushDialStart(p);
      dialProgress(p, "RINGING");
    }
  }

  /** Busy or congestion from a far end: Dial BUSY/CONGESTION; an originate then fails at once. */
  void busy(Channel ch, String status, int cause) {
    Channel p = ch.partner;
    if (p != null && p.alive() && p.state != ChannelState.UP && p.dialstring != null) {
      flushDialStart(p);
      dialProgress(p, status);
      if (p.dialCaller == null && !p.inStasis()) {
        core.teardown.hangup(p, Teardown.Request.NONE, cause);
      }
    }
  }

  /** The progress Dial event of an outbound leg: {@code dialstring} is empty for /dial, as observed. */
  void dialProgress(Channel peer, String status) {
    if (peer.dialstring == null) {
      return;
    }
    String dialstring = peer.dialCaller != null || peer.inStasis() ? "" : peer.dialstring;
    core.notifier.dial(peer, peer.dialCaller, core.events.dial(peer, status, dialstring));
  }

  /** Emits the deferred "Dial" start event of a /dial, right before its first progress. */
  void flushDialStart(Channel peer) {
    if (peer.dialStartPending) {
      peer.dialStartPending = false;
      dialStart(peer);
    }
  }

  void dialStart(Channel peer) {
    core.notifier.dial(peer, peer.dialCaller, core.events.dial(peer, "", peer.dialstring));
  }

  /** Removes a destroyed channel from every registry and subscription. */
  void remove(Channel ch) {
    ch.destroyed = true;
    core.channels.remove(ch.id);
    core.apps.forgetChannel(ch.id);
    if (ch.snoopTarget != null && ch.snoopTarget.snoops != null) {
      ch.snoopTarget.snoops.remove(ch);
    }
    if (ch.endpoint != null) {
      core.endpoints.channelGone(ch);
    }
  }
}
