package io.ariflow.app.conference;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.originate.AfterAnswer;
import io.ariflow.flows.conference.originate.ClickToCallOutcome;
import io.ariflow.flows.conference.room.RoomAnswer;
import io.ariflow.flows.conference.room.RoomOperation;
import io.ariflow.flows.conference.room.RoomSnapshot;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.supervision.Hearing;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The conference operations the rest of the engine (and later the control API) performs, ConfBridge's AMI actions
 * as futures: list rooms and members, mute, unmute, kick, lock, unlock, record, add a participant by dialling out,
 * end a room; and click-to-call. Callable from any thread; the work runs on the engine's context, where the rooms live. Each answer is
 * the room's: {@code Done}, {@code NoChange}, {@code NotFound} (also for a room that is not open) or
 * {@code NotAllowed}.
 */
public final class ConferenceControl {

  private final Context home;
  private final ConferenceHost rooms;
  private final SupervisionHost supervision;
  private final ClickToCalls clickToCalls;

  ConferenceControl(Context home, ConferenceHost rooms, SupervisionHost supervision, ClickToCalls clickToCalls) {
    this.home = home;
    this.rooms = rooms;
    this.supervision = supervision;
    this.clickToCalls = clickToCalls;
  }

  /** Every open room with its members (role, muted, talking, joined at), in opening order. */
  public Future<List<RoomSnapshot>> rooms() {
    return onHome(() -> rooms.rooms().list());
  }

  /** One open room. */
  public Future<Optional<RoomSnapshot>> room(String name) {
    return onHome(() -> rooms.rooms().room(name).map(open -> open.snapshot()));
  }

  /** Mutes a member (a moderator's mute: its own menu cannot undo it). */
  public Future<RoomAnswer> mute(String room, String channelId) {
    return operate(room, new RoomOperation.MuteMember(channelId));
  }

  /** Unmutes a member, clearing its own mute too. */
  public Future<RoomAnswer> unmute(String room, String channelId) {
    return operate(room, new RoomOperation.UnmuteMember(channelId));
  }

  /** Mutes or unmutes every member who is not an admin, now and as they join. */
  public Future<RoomAnswer> muteParticipants(String room, boolean muted) {
    return operate(room, new RoomOperation.SetParticipantsMuted(muted));
  }

  /** Takes a member out of the room; its step continues with {@code kicked}. */
  public Future<RoomAnswer> kick(String room, String channelId, String by) {
    return operate(room, new RoomOperation.KickMember(channelId, by));
  }

  /** Locks the room: only admins and invited participants enter. */
  public Future<RoomAnswer> lock(String room) {
    return operate(room, new RoomOperation.Lock());
  }

  /** Unlocks the room. */
  public Future<RoomAnswer> unlock(String room) {
    return operate(room, new RoomOperation.Unlock());
  }

  /** Starts recording the whole room (its declaration must allow it). */
  public Future<RoomAnswer> startRecording(String room) {
    return operate(room, new RoomOperation.StartRecording());
  }

  /** Stops recording the room. */
  public Future<RoomAnswer> stopRecording(String room) {
    return operate(room, new RoomOperation.StopRecording());
  }

  /** Dials {@code endpoint} into the room; it joins with {@code role} when it answers, PIN and lock aside. */
  public Future<RoomAnswer> addParticipant(String room, String endpoint, Role role, CallerId callerId) {
    return operate(room, new RoomOperation.AddParticipant(endpoint, role, callerId));
  }

  /** Ends the room: every member leaves with {@code room-ended}; bridge, recording and dial-outs go. */
  public Future<RoomAnswer> end(String room, String reason) {
    return operate(room, new RoomOperation.End(reason));
  }

  /**
   * Click-to-call: calls {@code endpointA} (showing {@code callerIdToA}, ringing at most {@code timeoutA}); when A
   * answers, dials B and bridges them ({@link AfterAnswer.DialB}) or runs a flow on A ({@link AfterAnswer.RunFlow}).
   * Completes with the outcome: connected, flow-started, a-busy, a-no-answer, a-failed, b-busy, b-no-answer,
   * b-failed, a-hung-up.
   */
  public Future<ClickToCallOutcome> clickToCall(String endpointA, CallerId callerIdToA, Duration timeoutA,
      AfterAnswer then) {
    Promise<ClickToCallOutcome> outcome = Promise.promise();
    home.runOnContext(v -> clickToCalls.start(endpointA, callerIdToA, timeoutA, then).onComplete(outcome));
    return outcome.future();
  }

  /** Who hears whom in the supervision session of {@code supervisorChannelId}, if one runs. */
  public Future<Optional<Hearing>> supervision(String supervisorChannelId) {
    return onHome(() -> supervision.topology(supervisorChannelId));
  }

  /**
   * How many ARI ids the rooms, supervision sessions and click-to-calls still follow; 0 once every one of them
   * ended (nothing left behind).
   */
  public Future<Integer> followedIds() {
    return onHome(() -> rooms.ownedIds() + supervision.ownedIds() + clickToCalls.ownedIds());
  }

  private Future<RoomAnswer> operate(String room, RoomOperation operation) {
    Promise<RoomAnswer> answer = Promise.promise();
    home.runOnContext(v -> {
      if (rooms.rooms().room(room).isEmpty()) {
        answer.complete(new RoomAnswer.NotFound("no open room " + room));
        return;
      }
      rooms.send(room, operation).onComplete(answer);
    });
    return answer.future();
  }

  private <T> Future<T> onHome(Supplier<T> read) {
    Promise<T> result = Promise.promise();
    home.runOnContext(v -> result.complete(read.get()));
    return result.future();
  }
}
