package io.ariflow.flows.queue.log;

import java.time.Instant;
import java.util.Objects;

/**
 * One queue_log line as a value: when, the caller's call id ({@code NONE} for member events), the queue
 * ({@code NONE} for agent-wide events), the agent ({@code NONE} for caller events) and the event.
 *
 * @param at when it happened
 * @param callId the caller's unique id, or {@code NONE}
 * @param queue the queue name, or {@code NONE}
 * @param agent the member's id, or {@code NONE}
 * @param event the event and its data
 */
public record QueueLogRecord(Instant at, String callId, String queue, String agent, QueueLogEvent event) {

  /** The placeholder app_queue writes in a column that does not apply. */
  public static final String NONE = "NONE";

  /** Rejects nulls. */
  public QueueLogRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(event, "event");
  }

  /** The line app_queue would write, without the newline. */
  public String line() {
    return QueueLogFormat.line(this);
  }
}
