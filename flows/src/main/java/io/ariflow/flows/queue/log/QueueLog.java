package io.ariflow.flows.queue.log;

/**
 * Where queue_log records go. The app implements it with an append-only file writer (off the event loop)
 * when queue logging is enabled; the queue core only produces records, it never writes.
 */
@FunctionalInterface
public interface QueueLog {

  /** A log that drops everything (queue logging disabled). */
  QueueLog NONE = record -> { };

  /** Appends {@code record}; implementations format it with {@link QueueLogRecord#line()}. */
  void write(QueueLogRecord record);
}
