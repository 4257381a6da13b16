package io.ariflow.flows.steps;

import io.vertx.core.Future;
import java.util.List;

/**
 * Filler audio for a wait (the {@code http} step's {@code filler}): plays the media again each time it
 * finishes, until stopped. A failing filler is not the wait's problem: it simply stops looping.
 */
final class FillerLoop {

  private final StepContext ctx;
  private final List<String> media;
  private PromptPlayer current;
  private boolean stopped;

  private FillerLoop(StepContext ctx, List<String> media) {
    this.ctx = ctx;
    this.media = media;
  }

  /** Starts looping {@code media} when there is any and the caller can hear it; else a loop that does nothing. */
  static FillerLoop start(StepContext ctx, List<String> media) {
    FillerLoop loop = new FillerLoop(ctx, media);
    if (!media.isEmpty() && (ctx.answered() || ctx.earlyMedia())) {
      loop.playOnce();
    }
    return loop;
  }

  private void playOnce() {
    current = PromptPlayer.start(ctx, media, null);
    current.finished().onSuccess(done -> {
      if (!stopped) {
        playOnce();
      }
    });
  }

  /** Stops looping and stops the playback in progress; never fails. */
  Future<Void> stop() {
    stopped = true;
    return current == null ? Future.succeededFuture() : current.release();
  }
}
