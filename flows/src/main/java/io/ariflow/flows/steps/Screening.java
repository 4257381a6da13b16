package io.ariflow.flows.steps;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDtmfReceived;
import io.ariflow.flows.port.TimerHandle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the callee hears before being bridged: the announcement, then the screening prompt and the wait for
 * the accepting digit (the first digit stops the prompt and decides; silence until {@code answerTimeout}
 * after the prompt is a refusal). Everything it plays is stopped by {@link #release()}.
 */
final class Screening {

  private final StepContext ctx;
  private final String legId;
  private final Promise<Boolean> accepted = Promise.promise();
  private PromptPlayer player;
  private Subscription digits = () -> { };
  private TimerHandle timer = () -> false;

  Screening(StepContext ctx, String legId) {
    this.ctx = ctx;
    this.legId = legId;
  }

  /** True when the callee may be bridged: accepted screening, or nothing to confirm. */
  Future<Boolean> confirm(List<String> announce, Optional<DialPlan.Screen> screen, Duration answerTimeout) {
    return announce(announce).compose(done -> screen.isEmpty()
        ? Future.succeededFuture(true)
        : screen(screen.get(), answerTimeout));
  }

  private Future<Void> announce(List<String> media) {
    if (media.isEmpty()) {
      return Future.succeededFuture();
    }
    player = PromptPlayer.startOn(ctx, legId, media, null);
    return player.finished();
  }

  private Future<Boolean> screen(DialPlan.Screen screen, Duration answerTimeout) {
    digits = ctx.subscribe(event -> onEvent(event, screen.accept()));
    player = PromptPlayer.startOn(ctx, legId, screen.prompt(), null);
    player.finished().onComplete(done -> {
      if (!accepted.future().isComplete()) {
        timer = ctx.schedule(answerTimeout, () -> decide(false));
      }
    });
    return accepted.future();
  }

  private void onEvent(AriEvent event, String accept) {
    if (event instanceof ChannelDtmfReceived dtmf && dtmf.channel() != null
        && legId.equals(dtmf.channel().id())) {
      player.stop();
      decide(accept.equals(dtmf.digit()));
    }
  }

  private void decide(boolean yes) {
    timer.cancel();
    digits.close();
    accepted.tryComplete(yes);
  }

  /** Stops whatever still plays to the callee; never fails. */
  Future<Void> release() {
    timer.cancel();
    digits.close();
    return player == null ? Future.succeededFuture() : player.release();
  }
}
