package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.engine.QueueCommand.Connect;
import io.ariflow.flows.queue.log.QueueLogEvent;
import io.ariflow.flows.state.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Connecting an answered caller and ending the call: CONNECT with hold and ring time, the hold-time average
 * and service level at connect; COMPLETECALLER / COMPLETEAGENT, talk time, the member's per-queue counters
 * and the agent's wrap-up at the end.
 */
final class Completions {

  private final QueueContext q;

  Completions(QueueContext q) {
    this.q = q;
  }

  /** The entry just became CONNECTED with {@code agentId}; {@code callback} keeps it out of the average. */
  void connect(QueueEntry entry, String agentId, String channel, long ringSeconds, boolean callback, Outbox out) {
    Instant now = out.now();
    long hold = QueueContext.seconds(entry.joinedAt(), now);
    entry.agent(agentId, channel, Optional.of(now));
    if (!callback) {
      q.holdTime.record(hold);
    }
    q.stats.answered(agentId, hold);
    out.log(entry.callId(), agentId, new QueueLogEvent.Connect(hold, channel, ringSeconds));
    out.command(new Connect(entry.callId(), agentId));
  }

  /** The connected call ended; the agent goes to wrap-up and the entry is gone. */
  Outcome ended(QueueEntry entry, EndedBy by, Outbox out) {
    Outcome outcome = entry.apply(EntryInput.CALL_ENDED, out.now());
    if (outcome.isIllegal()) {
      return outcome;
    }
    Instant now = out.now();
    String agent = entry.agentId().orElseThrow();
    Instant connected = entry.connectedAt().orElseThrow();
    long hold = QueueContext.seconds(entry.joinedAt(), connected);
    long talk = QueueContext.seconds(connected, now);
    QueueLogEvent event = by == EndedBy.CALLER
        ? new QueueLogEvent.CompleteCaller(hold, talk, entry.originalPosition())
        : new QueueLogEvent.CompleteAgent(hold, talk, entry.originalPosition());
    out.log(entry.callId(), agent, event);
    q.stats.completed(agent, Duration.ofSeconds(talk));
    q.roster.callCompleted(agent, now);
    q.pool.completed(agent, entry.callId(), q.definition.offers().wrapUpTime(), now);
    q.entries.remove(entry);
    return outcome;
  }
}
