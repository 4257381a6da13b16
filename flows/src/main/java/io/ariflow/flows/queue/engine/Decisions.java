package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.log.QueueLogRecord;
import io.ariflow.flows.state.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one message produced: what became of the message itself ({@link Outcome}: applied, ignored or
 * illegal, never silent), the commands to carry out in order, the queue_log records to write, and when the
 * owner must send a {@link QueueInput.Tick} at the latest (ring timeouts, retries, announcements, maximum
 * waits, wrap-ups).
 *
 * @param outcome what became of the message
 * @param commands commands for the step and app, in order
 * @param log queue_log records, in order
 * @param wakeAt when to tick next, if anything is scheduled
 */
public record Decisions(
    Outcome outcome, List<QueueCommand> commands, List<QueueLogRecord> log, Optional<Instant> wakeAt) {

  /** Copies the lists and rejects nulls. */
  public Decisions {
    Objects.requireNonNull(outcome, "outcome");
    commands = List.copyOf(commands);
    log = List.copyOf(log);
    Objects.requireNonNull(wakeAt, "wakeAt");
  }

  /** The commands of type {@code type}, in order (tests and adapters picking what they handle). */
  public <T extends QueueCommand> List<T> commands(Class<T> type) {
    return commands.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** These decisions followed by {@code later}'s commands and log; the earlier wake-up; this outcome. */
  public Decisions then(Decisions later) {
    List<QueueCommand> allCommands = new ArrayList<>(commands);
    allCommands.addAll(later.commands);
    List<QueueLogRecord> allLog = new ArrayList<>(log);
    allLog.addAll(later.log);
    return new Decisions(outcome, allCommands, allLog, earliest(wakeAt, later.wakeAt));
  }

  /** The earlier of two optional instants. */
  public static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isBefore(b.get()) ? a : b;
  }
}
