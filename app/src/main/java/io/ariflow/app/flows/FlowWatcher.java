package io.ariflow.app.flows;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the flows directory by scanning it off the event loop every interval. A change is applied only
 * once two scans in a row agree (the debounce: editors write a file in several steps), by reloading the
 * directory through {@code reload}. Scans never overlap. Everything else runs on the engine's context.
 */
final class FlowWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(FlowWatcher.class);

  private final Vertx vertx;
  private final Path dir;
  private final Duration interval;
  private final Supplier<Future<DirectoryScan>> reload;
  private DirectoryScan applied;
  private DirectoryScan pending;
  private boolean busy;

  /**
   * @param reload reloads the flows; completes with the directory as that reload read it
   */
  FlowWatcher(Vertx vertx, Path dir, Duration interval, Supplier<Future<DirectoryScan>> reload) {
    this.vertx = vertx;
    this.dir = dir;
    this.interval = interval;
    this.reload = reload;
  }

  /** Starts watching; {@code loaded} is the directory as the initial load read it. Call on the engine's context. */
  void start(DirectoryScan loaded) {
    applied = loaded;
    vertx.setPeriodic(interval.toMillis(), tick -> scan());
    LOG.info("watching {} for flow changes every {} ms", dir, interval.toMillis());
  }

  private void scan() {
    if (busy) {
      return;
    }
    busy = true;
    vertx.executeBlocking(() -> DirectoryScan.of(dir))
        .compose(this::decide)
        .onFailure(failure -> LOG.error("scanning {} failed: {}", dir, failure.toString()))
        .onComplete(done -> busy = false);
  }

  private Future<Void> decide(DirectoryScan now) {
    if (now.equals(applied)) {
      pending = null;
      return Future.succeededFuture();
    }
    if (!now.equals(pending)) {
      pending = now;
      return Future.succeededFuture();
    }
    pending = null;
    LOG.info("flow files changed in {}; reloading", dir);
    return reload.get().map(read -> {
      applied = read;
      return null;
    });
  }
}
