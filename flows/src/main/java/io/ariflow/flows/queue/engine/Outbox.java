package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.log.QueueLogEvent;
import io.ariflow.flows.queue.log.QueueLogRecord;
import io.ariflow.flows.state.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the commands and queue_log records of one message, for one queue; lives for one message. */
final class Outbox {

  private final String queue;
  private final Instant now;
  private final List<QueueCommand> commands = new ArrayList<>();
  private final List<QueueLogRecord> log = new ArrayList<>();

  Outbox(String queue, Instant now) {
    this.queue = queue;
    this.now = now;
  }

  Instant now() {
    return now;
  }

  void command(QueueCommand command) {
    commands.add(command);
  }

  void log(String callId, String agent, QueueLogEvent event) {
    log.add(new QueueLogRecord(now, callId, queue, agent, event));
  }

  Decisions decisions(Outcome outcome, Optional<Instant> wakeAt) {
    return new Decisions(outcome, commands, log, wakeAt);
  }
}
