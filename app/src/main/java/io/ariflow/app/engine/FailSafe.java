package io.ariflow.app.engine;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.app.ari.rest.NotInStasis;
import io.ariflow.app.ari.rest.Transport;
import io.ariflow.model.request.channels.ChannelsContinueInDialplan;
import io.ariflow.model.request.channels.ChannelsHangup;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure no caller is left in dead air when ariflow cannot (or did not) finish handling a call:
 * the channel goes back to the dialplan, and if even that fails, it is hung up. A 404 or 409 means the
 * channel is already gone or already out of our hands: nothing left to rescue.
 */
final class FailSafe {
  private static final Logger LOG = LoggerFactory.getLogger(FailSafe.class);

  private final AriRestClient rest;

  FailSafe(AriRestClient rest) {
    this.rest = rest;
  }

  /** Sends the channel back to the dialplan, hanging it up if that is refused. */
  Future<Void> continueOrHangup(String channelId, String why) {
    LOG.warn("channel={} {}; sending it back to the dialplan", channelId, why);
    return rest.send(ChannelsContinueInDialplan.of(channelId))
        .recover(failure -> alreadyOutOfOurHands(failure) ? Future.succeededFuture() : hangup(channelId, failure));
  }

  /**
   * Hangs the channel up now (cause normal clearing). A hangup lost on the way (the connection dropped
   * before the answer) is sent once more: repeating it is harmless, a second answer of 404 means done.
   */
  Future<Void> hangup(String channelId, String why) {
    LOG.warn("channel={} {}; hanging it up", channelId, why);
    return sendHangup(channelId)
        .recover(failure -> failure instanceof Transport ? sendHangup(channelId) : Future.failedFuture(failure));
  }

  private Future<Void> sendHangup(String channelId) {
    return rest.send(ChannelsHangup.of(channelId).withReason("normal"))
        .recover(failure -> alreadyOutOfOurHands(failure) ? Future.succeededFuture() : Future.failedFuture(failure));
  }

  private Future<Void> hangup(String channelId, Throwable continueFailure) {
    return hangup(channelId, "could not continue in dialplan (" + continueFailure.getMessage() + ")");
  }

  static boolean alreadyOutOfOurHands(Throwable failure) {
    return failure instanceof Gone || failure instanceof NotInStasis;
  }
}
