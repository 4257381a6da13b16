package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.definition.CallbackPolicy;
import io.ariflow.flows.queue.engine.QueueCommand.CallbackAccepted;
import io.ariflow.flows.queue.engine.QueueCommand.CancelOffer;
import io.ariflow.flows.queue.log.QueueLogEvent;
import io.ariflow.flows.queue.log.QueueLogRecord;
import io.ariflow.flows.state.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Callbacks: the caller leaves a number and hangs up, keeping their place; when their turn comes an agent is
 * offered the callback, and once the agent answers the caller is dialled; an answer connects them, a
 * failure frees the agent and retries later, up to the allowed attempts. A callback that never reaches the
 * caller is logged as ABANDON (queue_log has no callback event).
 */
final class Callbacks {

  private final QueueContext q;
  private final Offers offers;
  private final Completions completions;

  Callbacks(QueueContext q, Offers offers, Completions completions) {
    this.q = q;
    this.offers = offers;
    this.completions = completions;
  }

  Outcome request(QueueEntry entry, String number, Outbox out) {
    if (!q.definition.callback().enabled()) {
      return new Outcome.Ignored("RequestCallback", "callbacks are not enabled in queue " + q.name());
    }
    if (!entry.accepts(EntryInput.CALLBACK_REQUESTED)) {
      return entry.apply(EntryInput.CALLBACK_REQUESTED, out.now());
    }
    offers.withdraw(entry, out);
    Outcome outcome = entry.apply(EntryInput.CALLBACK_REQUESTED, out.now());
    entry.callbackNumber(number);
    out.command(new CallbackAccepted(entry.callId(), q.entries.position(entry, out.now())));
    return outcome;
  }

  Outcome callerAnswered(QueueEntry entry, Outbox out) {
    Outcome outcome = entry.apply(EntryInput.CALLER_ANSWERED, out.now());
    if (!outcome.isIllegal()) {
      completions.connect(entry, entry.agentId().orElseThrow(), entry.agentChannel(), 0, true, out);
    }
    return outcome;
  }

  Outcome unreached(QueueEntry entry, Outbox out) {
    Instant now = out.now();
    int position = q.entries.position(entry, now);
    Outcome outcome = entry.apply(EntryInput.CALLER_UNREACHED, now);
    if (outcome.isIllegal()) {
      return outcome;
    }
    String agent = entry.agentId().orElseThrow();
    out.command(new CancelOffer(entry.callId(), List.of(agent), CancelReason.CALLBACK_UNREACHED));
    q.pool.completed(agent, entry.callId(), Duration.ZERO, now);
    entry.callbackAttempted();
    CallbackPolicy policy = q.definition.callback();
    if (entry.callbackAttempts() < policy.maxAttempts()) {
      entry.retryAt(now.plus(policy.retryDelay()));
      return outcome;
    }
    entry.apply(EntryInput.GIVE_UP, now);
    out.log(entry.callId(), QueueLogRecord.NONE, new QueueLogEvent.Abandon(position, entry.originalPosition(),
        QueueContext.seconds(entry.joinedAt(), now)));
    q.stats.callbackFailed();
    q.entries.remove(entry);
    return outcome;
  }
}
