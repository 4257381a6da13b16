package io.ariflow.app.engine;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.PlaybackFinished;
import io.ariflow.model.request.channels.ChannelsAnswer;
import io.ariflow.model.request.channels.ChannelsContinueInDialplan;
import io.ariflow.model.request.channels.ChannelsHangup;
import io.ariflow.model.request.channels.ChannelsPlayWithId;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link CallSession} of one call, issuing ARI commands for it. Playbacks follow "subscribe before
 * you command": the id is ours, the waiter is registered, then the request is sent.
 */
final class AriCallSession implements CallSession {
  private final Call call;
  private final AriRestClient rest;
  private final Supplier<String> ids;
  private final ClaimIndex index;

  AriCallSession(Call call, AriRestClient rest, Supplier<String> ids, ClaimIndex index) {
    this.call = call;
    this.rest = rest;
    this.ids = ids;
    this.index = index;
  }

  @Override
  public String callId() {
    return call.id();
  }

  @Override
  public Channel channel() {
    return call.channel();
  }

  @Override
  public StasisArgs args() {
    return call.args();
  }

  @Override
  public Future<Void> answer() {
    return rest.send(ChannelsAnswer.of(call.id()));
  }

  @Override
  public Future<PlaybackResult> play(List<String> media) {
    String playbackId = ids.get();
    Future<Optional<AriEvent>> finished = call.waiters().await(playbackId, e -> e instanceof PlaybackFinished);
    return rest.send(ChannelsPlayWithId.of(call.id(), playbackId, media))
        .onFailure(failed -> call.waiters().cancel(playbackId, failed))
        .compose(started -> finished)
        .map(event -> resultOf(playbackId, event));
  }

  private static PlaybackResult resultOf(String playbackId, Optional<AriEvent> event) {
    return event.map(e -> new PlaybackResult(playbackId, ((PlaybackFinished) e).playback().state(), false))
        .orElseGet(() -> new PlaybackResult(playbackId, "done", true));
  }

  @Override
  public Future<Void> hangup(String reason) {
    return rest.send(ChannelsHangup.of(call.id()).withReason(reason)).onSuccess(v -> call.markReleased());
  }

  @Override
  public Future<Void> continueInDialplan() {
    return rest.send(ChannelsContinueInDialplan.of(call.id())).onSuccess(v -> call.markReleased());
  }

  @Override
  public void claim(ResourceKind kind, String id) {
    index.claim(call, kind, id);
  }

  @Override
  public void onEvent(Consumer<AriEvent> listener) {
    call.listen(listener);
  }

  @Override
  public void markReleased() {
    call.markReleased();
  }

  @Override
  public boolean inOurHands() {
    return call.needsRescue();
  }

  @Override
  public Future<String> ended() {
    return call.ended();
  }
}
