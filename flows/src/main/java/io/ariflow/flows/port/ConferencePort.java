package io.ariflow.flows.port;

import io.ariflow.flows.conference.room.RoomAnswer;
import io.ariflow.flows.conference.room.RoomMessage;
import io.ariflow.flows.conference.room.RoomNotice;
import io.vertx.core.Future;

/**
 * The conference rooms as the {@code conference} step reaches them: the host owns every room on one context,
 * runs what a room decides (ARI commands in order, timers) and tells each member's step when the room lets it
 * go. The step only talks to its own room about its own channel.
 */
public interface ConferencePort {

  /**
   * Hands {@code message} to room {@code room} (a join request opens it), runs the commands it decided, delivers
   * its notices, then answers; fails only when the host cannot reach the room at all.
   */
  Future<RoomAnswer> send(String room, RoomMessage message);

  /**
   * Completes when a room releases {@code channelId} (left, kicked, room ended, hung up). Register before sending
   * the join request: the release may come with the answer to any later message.
   */
  Future<RoomNotice.MemberReleased> released(String channelId);

  /** Drops the waiter of {@link #released} when the step ends without a release (refused, cancelled). */
  void forget(String channelId);
}
