package io.ariflow.flows.steps;

import io.ariflow.model.event.PlaybackFinished;
import io.vertx.core.Future;
import java.util.List;

/**
 * One ARI playback to the caller, staged: the id is generated and the PlaybackFinished waiter registered
 * before the play command is sent (the event may arrive before the command's answer). {@link #stop()} asks
 * Asterisk to stop it once; {@link #release()} is the clean-up: stop it unless it already finished.
 */
public final class PromptPlayer {

  private final StepContext ctx;
  private final String channelId;
  private final String playbackId;
  private final List<String> media;
  private Future<Void> finished;
  private boolean done;
  private boolean stopping;

  private PromptPlayer(StepContext ctx, String channelId, List<String> media) {
    this.ctx = ctx;
    this.channelId = channelId;
    this.playbackId = ctx.ids().next("playback");
    this.media = media;
  }

  /** Starts playing {@code media} to the caller in {@code lang} (null for the channel's language). */
  public static PromptPlayer start(StepContext ctx, List<String> media, String lang) {
    return startOn(ctx, ctx.channelId(), media, lang);
  }

  /** Starts playing {@code media} to another channel of the run, e.g. a dialled leg (announce, screening). */
  public static PromptPlayer startOn(StepContext ctx, String channelId, List<String> media, String lang) {
    PromptPlayer player = new PromptPlayer(ctx, channelId, media);
    player.begin(lang);
    return player;
  }

  private void begin(String lang) {
    Future<PlaybackFinished> event =
        ctx.next(PlaybackFinished.class, e -> e.playback() != null && playbackId.equals(e.playback().id()));
    finished = ctx.calls().play(playbackId, "channel:" + channelId, media, lang)
        .compose(sent -> event)
        .compose(this::check);
  }

  /** Completes when Asterisk reports the playback finished (also after {@link #stop()}); fails if it failed. */
  public Future<Void> finished() {
    return finished;
  }

  /** Whether PlaybackFinished arrived. */
  public boolean isDone() {
    return done;
  }

  /** Asks Asterisk to stop the playback (once); PlaybackFinished follows with state {@code done}. */
  public void stop() {
    if (!done && !stopping) {
      stopping = true;
      ctx.calls().stopPlayback(playbackId).otherwiseEmpty();
    }
  }

  /** Clean-up: stops the playback unless it finished or a stop was sent; never fails. */
  public Future<Void> release() {
    if (done || stopping) {
      return Future.succeededFuture();
    }
    stopping = true;
    return ctx.calls().stopPlayback(playbackId).otherwiseEmpty();
  }

  /** The playback id (the one we generated). */
  public String id() {
    return playbackId;
  }

  private Future<Void> check(PlaybackFinished event) {
    done = true;
    if ("failed".equals(event.playback().state()) && !stopping) {
      return Future.failedFuture(new PlaybackFailedException(playbackId, String.join(",", media)));
    }
    return Future.succeededFuture();
  }
}
