package io.ariflow.sim.core;

import java.util.List;
import java.util.Set;

/**
 * The simple channel operations of {@code /channels/{id}/...}: answer, ring, hold, MOH, silence, mute, DTMF,
 * hangup, continue, move and redirect. Status codes follow STATUS-CODES.md; several succeed with 204 and
 * produce no event at all (ring, hold, MOH, silence, mute), exactly like Asterisk.
 */
public final class ChannelOps {

  private static final Set<String> DIRECTIONS = Set.of("both", "in", "out");

  private final SimCore core;
  private final Channels channels;

  ChannelOps(SimCore core) {
    this.core = core;
    this.channels = core.channelRegistry;
  }

  public void answer(String id) {
    channels.answer(channels.requireStasis(id));
  }

  /** ring, ringStop, hold, unhold, moh, silence, progress: 204 and no event. */
  public void indicate(String id) {
    channels.requireMediaCapable(id);
  }

  public void mute(String id, String direction) {
    channels.requireStasis(id);
    if (direction != null && !DIRECTIONS.contains(direction)) {
      throw AriError.badRequest("Invalid direction specified");
    }
  }

  /** DTMF sent to a Local channel arrives on its other half (visible only if someone watches that half). */
  public void sendDtmf(String id, String dtmf, int durationMs) {
    Channel ch = channels.requireStasis(id);
    if (dtmf == null || dtmf.isEmpty()) {
      throw AriError.badRequest("DTMF is required");
    }
    if (ch.state.rejectsMedia()) {
      throw AriError.of(412, "Channel in invalid state");
    }
    Channel other = ch.partner;
    if (other != null && other.alive()) {
      for (char digit : dtmf.toCharArray()) {
        if (digit != ',') {
          core.callers().dtmfReceived(other, String.valueOf(digit), durationMs);
        }
      }
    }
  }

  public void hangup(String id, String reason, String reasonCode) {
    Channel ch = channels.require(id);
    int cause = HangupCause.fromReason(reason, reasonCode);
    core.teardown.hangup(ch, Teardown.Request.ARI, cause);
  }

  /** Leaves Stasis (StasisEnd) and resumes the dialplan; the channel lives on outside ARI's control. */
  public void continueInDialplan(String id, String context, String extension, Integer priority) {
    Channel ch = channels.requireStasis(id);
    boolean samePlace = (context == null || context.isEmpty()) && (extension == null || extension.isEmpty());
    String ctx = context == null || context.isEmpty() ? ch.context : context;
    String ext = extension == null || extension.isEmpty() ? ch.exten : extension;
    int prio = priority != null ? priority : samePlace ? ch.priority + 1 : 1;
    if (ch.kind == ChannelKind.LOCAL_1) {
      ch.appName = ch.homeAppName;
      ch.appData = ch.homeAppData;
    }
    core.stasis.end(ch);
    core.runner.start(ch, ctx, ext, prio);
  }

  /** Moves the channel to another application: StasisEnd for the old, StasisStart for the new. */
  public void move(String id, String app, List<String> args) {
    Channel ch = channels.requireStasis(id);
    if (app == null || app.isEmpty()) {
      throw AriError.badRequest("Missing parameter app");
    }
    if (core.apps.active(app) == null) {
      throw AriError.of(422, "Application '" + app + "' not registered");
    }
    core.notifier.stasis(ch, ch.stasisApp, core.events.onChannel("StasisEnd", ch));
    SimApp old = core.apps.find(ch.stasisApp);
    if (old != null) {
      old.unrefChannel(ch.id);
      core.apps.prune(old);
    }
    ch.stasisApp = null;
    core.stasis.enter(ch, app, args);
  }

  /** A redirect (SIP 302) ends the channel on our side. */
  public void redirect(String id, String endpoint) {
    Channel ch = channels.requireStasis(id);
    if (endpoint == null || endpoint.isEmpty()) {
      throw AriError.badRequest("Redirect endpoint required");
    }
    String tech = endpoint.contains("/") ? endpoint.substring(0, endpoint.indexOf('/')) : endpoint;
    String mine = ch.name.substring(0, ch.name.indexOf('/'));
    if (!tech.equalsIgnoreCase(mine)) {
      throw AriError.of(422, "Endpoint technology '" + tech + "' does not match channel technology '" + mine + "'");
    }
    core.schedule(java.time.Duration.ZERO,
        () -> core.teardown.hangup(ch, Teardown.Request.BYE, HangupCause.NORMAL));
  }
}
