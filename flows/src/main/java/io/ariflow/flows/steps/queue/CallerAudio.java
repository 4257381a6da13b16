package io.ariflow.flows.steps.queue;

import io.ariflow.flows.steps.PromptPlayer;
import io.ariflow.flows.steps.StepContext;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a waiting caller hears: music on hold (or a looped playlist) between prompts, and the queue's prompts
 * (position, wait, periodic) one after another, never overlapping. A prompt suspends the music; ARI does not
 * resume music on hold after a play, so it is started again when the last queued prompt ends. A playlist that
 * fails to play falls back to music on hold rather than looping on an error.
 */
final class CallerAudio {

  private static final Logger LOG = LoggerFactory.getLogger(CallerAudio.class);

  private final StepContext ctx;
  private final String musicClass;
  private final List<String> playlist;
  private final Deque<List<String>> pending = new ArrayDeque<>();
  private final List<Promise<Void>> quiet = new ArrayList<>();
  private PromptPlayer prompt;
  private PromptPlayer loop;
  private boolean musicWanted;
  private boolean mohOn;
  private boolean playlistBroken;

  CallerAudio(StepContext ctx, String musicClass, List<String> playlist) {
    this.ctx = ctx;
    this.musicClass = musicClass;
    this.playlist = playlist;
  }

  /** Starts the music (after joining, or again after a callback entry was dropped). */
  void music() {
    musicWanted = true;
    if (prompt == null) {
      startMusic();
    }
  }

  /** Queues {@code media} to be played after the prompts already queued. */
  void say(List<String> media) {
    if (media.isEmpty()) {
      return;
    }
    pending.add(media);
    if (prompt == null) {
      next();
    }
  }

  private void next() {
    List<String> media = pending.poll();
    if (media == null) {
      prompt = null;
      List.copyOf(quiet).forEach(Promise::tryComplete);
      quiet.clear();
      if (musicWanted) {
        startMusic();
      }
      return;
    }
    stopLoop();
    mohOn = false;
    PromptPlayer player = PromptPlayer.start(ctx, media, null);
    prompt = player;
    player.finished().onComplete(done -> {
      if (prompt == player) {
        next();
      }
    });
  }

  /** Completes once every queued prompt has played (at once when none plays). */
  Future<Void> whenQuiet() {
    if (prompt == null) {
      return Future.succeededFuture();
    }
    Promise<Void> done = Promise.promise();
    quiet.add(done);
    return done.future();
  }

  private void startMusic() {
    if (!playlist.isEmpty() && !playlistBroken) {
      startLoop();
    } else if (!mohOn) {
      mohOn = true;
      ctx.calls().startMoh(ctx.channelId(), musicClass).onFailure(f -> mohOn = false);
    }
  }

  private void startLoop() {
    if (loop != null) {
      return;
    }
    PromptPlayer player = PromptPlayer.start(ctx, playlist, null);
    loop = player;
    player.finished().onComplete(done -> {
      if (loop != player) {
        return;
      }
      loop = null;
      if (done.failed()) {
        LOG.warn("step {}: the queue playlist {} cannot be played ({}); music on hold instead", ctx.stepId(),
            playlist, done.cause().getMessage());
        playlistBroken = true;
      }
      if (musicWanted && prompt == null) {
        startMusic();
      }
    });
  }

  private void stopLoop() {
    PromptPlayer current = loop;
    loop = null;
    if (current != null) {
      current.stop();
    }
  }

  /** Stops prompts and music (an agent takes the call, the caller types a number); never fails. */
  Future<Void> silence() {
    musicWanted = false;
    pending.clear();
    PromptPlayer current = prompt;
    prompt = null;
    Future<Void> prompts = current == null ? Future.succeededFuture() : current.release();
    PromptPlayer looping = loop;
    loop = null;
    Future<Void> music = looping == null ? Future.succeededFuture() : looping.release();
    Future<Void> moh = Future.succeededFuture();
    if (mohOn && !ctx.callerGone()) {
      moh = ctx.calls().stopMoh(ctx.channelId()).otherwiseEmpty();
    }
    mohOn = false;
    List.copyOf(quiet).forEach(Promise::tryComplete);
    quiet.clear();
    return Future.join(prompts, music, moh).mapEmpty();
  }
}
