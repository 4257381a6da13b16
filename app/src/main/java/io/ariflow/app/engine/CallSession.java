package io.ariflow.app.engine;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a call handler may do with its call. Every operation returns a Future and expected telephony
 * outcomes (the caller hung up mid-prompt) are values; a REST failure arrives as an
 * {@code AriFailure} ({@code Gone} when the caller is gone). Called only on the engine's context.
 */
public interface CallSession {

  /** Our id for this call (the id of the channel that entered Stasis). */
  String callId();

  /** The channel as Asterisk last described it. */
  Channel channel();

  /** The parsed {@code Stasis(...)} arguments. */
  StasisArgs args();

  /** Answers the channel. */
  Future<Void> answer();

  /** Plays a media list ({@code sound:x}, {@code digits:42}, ...) and completes when it has finished. */
  Future<PlaybackResult> play(List<String> media);

  /** Hangs the channel up with an ARI hangup reason ({@code normal}, {@code busy}, ...). */
  Future<Void> hangup(String reason);

  /** Sends the channel back to the dialplan at the priority after {@code Stasis()}. */
  Future<Void> continueInDialplan();

  /**
   * Routes every later event about {@code id} (a leg, bridge, playback or recording this call is about to
   * create, with an id we generated) to this call. Claim before sending the command: its events may
   * arrive before its answer. After a reconnect, the reconciliation checks the open claims.
   */
  void claim(ResourceKind kind, String id);

  /**
   * Delivers every later event of this call (its channel and what it claimed) to {@code listener}, in
   * arrival order, including the end events the reconciliation stands in for after a lost connection.
   */
  void onEvent(Consumer<AriEvent> listener);

  /** Records that a command sent outside this session hung the channel up or sent it back to the dialplan. */
  void markReleased();

  /** True while the channel is in our application, not hanging up, and nobody released it. */
  boolean inOurHands();

  /** Completes with how the call ended ("left Stasis", "gone ...") when the engine forgets it. */
  Future<String> ended();
}
