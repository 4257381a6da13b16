package io.ariflow.app.engine;

import io.ariflow.model.resource.Channel;
import io.vertx.core.Future;
import java.util.List;

/**
 * What a call handler may do with its call. Every operation returns a Future and expected telephony
 * outcomes (the caller hung up mid-prompt) are values; a REST failure arrives as an
 * {@code AriFailure} ({@code Gone} when the caller is gone).
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
}
