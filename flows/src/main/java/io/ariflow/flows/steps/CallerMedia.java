package io.ariflow.flows.steps;

import io.vertx.core.Future;

/**
 * Gets the caller's channel ready for audio: answered, or, for early media, progress sent once. Asterisk
 * refuses to play to an unanswered channel without progress, and a second answer is a wasted round trip.
 */
public final class CallerMedia {

  private CallerMedia() {
  }

  /** Answers the caller unless already answered. */
  public static Future<Void> answer(StepContext ctx) {
    if (ctx.answered()) {
      return Future.succeededFuture();
    }
    return ctx.calls().answer(ctx.channelId()).andThen(done -> {
      if (done.succeeded()) {
        ctx.markAnswered();
      }
    });
  }

  /** Answers, or with {@code earlyMedia} sends progress instead when the caller is not answered yet. */
  public static Future<Void> prepare(StepContext ctx, boolean earlyMedia) {
    if (ctx.answered() || (earlyMedia && ctx.earlyMedia())) {
      return Future.succeededFuture();
    }
    if (!earlyMedia) {
      return answer(ctx);
    }
    return ctx.calls().progress(ctx.channelId()).andThen(done -> {
      if (done.succeeded()) {
        ctx.markEarlyMedia();
      }
    });
  }
}
