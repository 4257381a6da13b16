package io.ariflow.app.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the queues report: where the queue_log file (app_queue's format, for existing call-center reporting tools)
 * is written, if anywhere.
 *
 * @param log the queue_log file; empty writes none
 */
public record QueueSettings(Optional<Path> log) {

  /** No queue_log file. */
  public static final QueueSettings NONE = new QueueSettings(Optional.empty());

  /** Rejects nulls. */
  public QueueSettings {
    Objects.requireNonNull(log, "log");
  }
}
