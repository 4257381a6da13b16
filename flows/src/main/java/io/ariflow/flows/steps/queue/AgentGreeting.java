package io.ariflow.flows.steps.queue;

import io.ariflow.flows.load.queue.QueueExtras.AgentConfirm;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.steps.PromptPlayer;
import io.ariflow.flows.steps.StepContext;
import io.ariflow.flows.steps.Subscription;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDtmfReceived;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an agent hears after answering and before the caller is put through: the whisper (queue name, the
 * caller's number), then, when the queue asks for it, the confirmation prompt and the wait for the accepting
 * key (the first key decides; silence for {@code keyTimeout} after the prompt declines). Everything it plays is
 * stopped by {@link #release()}.
 */
final class AgentGreeting {

  private final StepContext ctx;
  private final String legId;
  private final Promise<Boolean> accepted = Promise.promise();
  private PromptPlayer player;
  private Subscription digits = () -> { };
  private TimerHandle timer = () -> false;
  private boolean released;

  AgentGreeting(StepContext ctx, String legId) {
    this.ctx = ctx;
    this.legId = legId;
  }

  /** True when the agent takes the call: confirmed, or nothing to confirm. */
  Future<Boolean> run(List<String> whisper, Optional<AgentConfirm> confirm, Duration keyTimeout) {
    return whisper(whisper).compose(done -> confirm.isEmpty()
        ? Future.succeededFuture(true)
        : confirm(confirm.get(), keyTimeout));
  }

  private Future<Void> whisper(List<String> media) {
    if (media.isEmpty() || released) {
      return Future.succeededFuture();
    }
    player = PromptPlayer.startOn(ctx, legId, media, null);
    return player.finished();
  }

  private Future<Boolean> confirm(AgentConfirm confirm, Duration keyTimeout) {
    if (released) {
      return Future.succeededFuture(false);
    }
    digits = ctx.subscribe(event -> onEvent(event, confirm.accept()));
    player = PromptPlayer.startOn(ctx, legId, confirm.prompt(), null);
    player.finished().onComplete(done -> {
      if (!accepted.future().isComplete()) {
        timer = ctx.schedule(keyTimeout, () -> decide(false));
      }
    });
    return accepted.future();
  }

  private void onEvent(AriEvent event, String accept) {
    if (event instanceof ChannelDtmfReceived dtmf && dtmf.channel() != null && legId.equals(dtmf.channel().id())) {
      player.stop();
      decide(accept.equals(dtmf.digit()));
    }
  }

  private void decide(boolean yes) {
    timer.cancel();
    digits.close();
    accepted.tryComplete(yes);
  }

  /** Stops whatever still plays to the agent; never fails. */
  Future<Void> release() {
    released = true;
    timer.cancel();
    digits.close();
    accepted.tryComplete(false);
    return player == null ? Future.succeededFuture() : player.release();
  }
}
