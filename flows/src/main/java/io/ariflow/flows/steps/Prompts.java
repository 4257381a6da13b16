package io.ariflow.flows.steps;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDtmfReceived;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * Plays a prompt to the caller and waits for its end ("playAndAwait"). With barge-in, the first DTMF digit
 * stops it; that digit and any pressed until the prompt has stopped are kept in the run's
 * {@link DigitBuffer} for the next gather or menu. The playback never outlives the wait: cancelling the step
 * stops it.
 */
public final class Prompts {

  private Prompts() {
  }

  /** Plays {@code media} (nothing to play completes at once) and waits for its end. */
  public static Future<PromptEnd> playAndAwait(StepContext ctx, List<String> media, String lang, boolean bargeIn) {
    if (media.isEmpty()) {
      return Future.succeededFuture(new PromptEnd(Optional.empty()));
    }
    BargeIn watcher = new BargeIn(ctx);
    Subscription digits = bargeIn ? ctx.subscribe(watcher::onEvent) : () -> { };
    PromptPlayer player = PromptPlayer.start(ctx, media, lang);
    watcher.player = player;
    return player.finished()
        .map(done -> new PromptEnd(Optional.ofNullable(watcher.first)))
        .eventually(() -> {
          digits.close();
          return player.release();
        });
  }

  /** Keeps the caller's digits and stops the prompt at the first one. */
  private static final class BargeIn {
    private final StepContext ctx;
    private PromptPlayer player;
    private String first;

    BargeIn(StepContext ctx) {
      this.ctx = ctx;
    }

    void onEvent(AriEvent event) {
      if (event instanceof ChannelDtmfReceived dtmf && dtmf.channel() != null
          && ctx.channelId().equals(dtmf.channel().id())) {
        ctx.digits().append(dtmf.digit());
        if (first == null) {
          first = dtmf.digit();
          if (player != null) {
            player.stop();
          }
        }
      }
    }
  }
}
