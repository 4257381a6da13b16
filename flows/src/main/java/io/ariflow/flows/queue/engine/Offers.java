package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.agent.Release;
import io.ariflow.flows.queue.definition.AutoPausePolicy;
import io.ariflow.flows.queue.engine.QueueCommand.CancelOffer;
import io.ariflow.flows.queue.engine.QueueCommand.DialCallback;
import io.ariflow.flows.queue.engine.QueueCommand.Offer;
import io.ariflow.flows.queue.engine.QueueCommand.OfferedAgent;
import io.ariflow.flows.queue.log.QueueLogEvent;
import io.ariflow.flows.queue.strategy.Candidate;
import io.ariflow.flows.queue.strategy.Selection;
import io.ariflow.flows.queue.strategy.SelectionRequest;
import io.ariflow.flows.state.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Offering callers to agents: whose turn it is (autofill or head of line only), which members may be rung
 * (free, ringable device, not yet tried in this round of attempts, inside the caller's penalty window, with
 * the skills), the lowest penalty tier, the strategy's pick, reservations through the agents' owner, and
 * what answers, refusals and ring timeouts do. A refusal lets the caller try the next member at once; when
 * no member is left, or after a ring timeout, the caller waits the retry delay and everyone may be tried
 * again, as app_queue does.
 */
final class Offers {

  private final QueueContext q;
  private final Completions completions;

  Offers(QueueContext q, Completions completions) {
    this.q = q;
    this.completions = completions;
  }

  /** Offers agents to every entry whose turn it is; without autofill only to the entry at position 1. */
  void dispatch(Outbox out) {
    Instant now = out.now();
    for (QueueEntry entry : q.entries.queued(now)) {
      boolean idle = entry.state() == EntryState.WAITING || entry.state() == EntryState.CALLBACK_WAITING;
      if (idle && entry.mayAttempt(now)) {
        offer(entry, out);
      }
      if (!q.definition.offers().autofill()) {
        return;
      }
    }
  }

  private void offer(QueueEntry entry, Outbox out) {
    Instant now = out.now();
    List<Candidate> candidates = candidates(entry, now);
    while (!candidates.isEmpty()) {
      SelectionRequest request =
          new SelectionRequest(q.entries.view(entry, now), tier(candidates), q.queueCursor, now, q.random);
      Selection selection = q.strategy.select(request);
      List<Candidate> reserved = selection.ring().stream().filter(c -> reserve(c, entry, now)).toList();
      if (!reserved.isEmpty()) {
        start(entry, selection, reserved, out);
        return;
      }
      candidates = new ArrayList<>(candidates);
      candidates.removeAll(selection.ring());
    }
    if (!entry.tried().isEmpty()) {
      entry.retryAt(now.plus(q.definition.offers().retryDelay()));
    }
  }

  private List<Candidate> candidates(QueueEntry entry, Instant now) {
    List<Candidate> candidates = new ArrayList<>();
    for (RosterMember member : q.roster.members()) {
      Optional<AgentView> view = q.pool.view(member.agentId());
      boolean free = view.filter(v -> v.offerable(q.ringInUse(member))).isPresent();
      if (free && !entry.tried().contains(member.agentId()) && q.reachable(entry, member, now)) {
        candidates.add(q.candidate(member, view.get()));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::declaredOrder));
    return candidates;
  }

  private List<Candidate> tier(List<Candidate> candidates) {
    if (!q.strategy.usesPenaltyTiers() || !q.penaltiesApply()) {
      return candidates;
    }
    int lowest = candidates.stream().mapToInt(Candidate::penalty).min().orElseThrow();
    return candidates.stream().filter(c -> c.penalty() == lowest).toList();
  }

  private boolean reserve(Candidate candidate, QueueEntry entry, Instant now) {
    boolean ringInUse = q.roster.get(candidate.agentId()).map(q::ringInUse).orElse(false);
    return q.pool.reserve(candidate.agentId(), entry.callId(), q.name(), ringInUse, now);
  }

  private void start(QueueEntry entry, Selection selection, List<Candidate> reserved, Outbox out) {
    Instant now = out.now();
    selection.queueCursor().ifPresent(cursor -> q.queueCursor = cursor);
    selection.callerCursor().ifPresent(entry::rotation);
    Instant full = now.plus(q.definition.offers().ringTimeout());
    Instant deadline = entry.expiresAt().filter(at -> at.isBefore(full) && !entry.state().callback()).orElse(full);
    entry.apply(EntryInput.OFFER, now);
    List<String> ids = reserved.stream().map(Candidate::agentId).toList();
    entry.startRound(new OfferRound(now, deadline, deadline.equals(full), ids));
    ids.forEach(q.stats::offered);
    List<OfferedAgent> agents = reserved.stream().map(c -> new OfferedAgent(c.agentId(), c.endpoint())).toList();
    out.command(new Offer(entry.callId(), agents, Duration.between(now, deadline), entry.callbackNumber()));
  }

  /** An agent answered: it wins, the others are withdrawn, the caller is connected (or dialled back). */
  Outcome answered(QueueEntry entry, String agentId, String channel, Outbox out) {
    Optional<OfferRound> round = entry.round().filter(r -> r.rings(agentId));
    if (round.isEmpty()) {
      return tooLate(entry.callId(), agentId, out);
    }
    Instant now = out.now();
    Outcome agent = q.pool.answered(agentId, entry.callId(), now);
    if (agent.isIllegal()) {
      return refusedAfterAll(entry, agentId, round.get(), agent, out);
    }
    long ringSeconds = round.get().ringMillis(now) / 1000;
    List<String> others = new ArrayList<>(round.get().ringing());
    others.remove(agentId);
    Outcome outcome = entry.apply(EntryInput.ANSWER, now);
    entry.endRound();
    release(entry, others, Release.CANCELLED, now);
    if (!others.isEmpty()) {
      out.command(new CancelOffer(entry.callId(), others, CancelReason.ANSWERED_ELSEWHERE));
    }
    if (entry.state() == EntryState.CONNECTED) {
      completions.connect(entry, agentId, channel, ringSeconds, false, out);
    } else {
      entry.agent(agentId, channel, Optional.empty());
      out.command(new DialCallback(entry.callId(), agentId, entry.callbackNumber().orElseThrow()));
    }
    return outcome;
  }

  /**
   * Someone picked up the call ringing at an agent: the picker is connected (CONNECT names the picker), every agent
   * rung is released without a miss, and the legs still up are withdrawn. A callback or a finished round is left
   * alone.
   */
  Outcome pickedUp(QueueEntry entry, QueueInput.OfferPickedUp picked, Outbox out) {
    Optional<OfferRound> round = entry.round().filter(r -> r.rings(picked.agentId()));
    if (round.isEmpty() || entry.state().callback()) {
      return new Outcome.Ignored("OfferPickedUp", picked.agentId() + " is not ringing for " + entry.callId());
    }
    Instant now = out.now();
    long ringSeconds = round.get().ringMillis(now) / 1000;
    List<String> ringing = round.get().ringing();
    Outcome outcome = entry.apply(EntryInput.ANSWER, now);
    entry.endRound();
    release(entry, ringing, Release.CANCELLED, now);
    out.command(new CancelOffer(entry.callId(), ringing, CancelReason.ANSWERED_ELSEWHERE));
    completions.connect(entry, picked.picker(), picked.pickerChannelId(), ringSeconds, false, out);
    return outcome;
  }

  /**
   * The agents' owner refused the answer (the agent's state moved on, e.g. reconciled after lost events):
   * the leg is hung up and the round goes on without it; the refusal is returned, not swallowed.
   */
  private Outcome refusedAfterAll(QueueEntry entry, String agentId, OfferRound round, Outcome refusal,
      Outbox out) {
    round.drop(agentId);
    entry.tried().add(agentId);
    out.command(new CancelOffer(entry.callId(), List.of(agentId), CancelReason.TOO_LATE));
    if (round.exhausted()) {
      entry.endRound();
      entry.apply(EntryInput.NO_ANSWER, out.now());
    }
    return refusal;
  }

  /** An agent's leg failed before answering: RINGNOANSWER; when nobody rings any more, next attempt. */
  Outcome refused(QueueEntry entry, String agentId, Outbox out) {
    Optional<OfferRound> round = entry.round().filter(r -> r.rings(agentId));
    if (round.isEmpty()) {
      return new Outcome.Ignored("OfferRefused", agentId + " is not ringing for " + entry.callId());
    }
    Instant now = out.now();
    round.get().drop(agentId);
    entry.tried().add(agentId);
    out.log(entry.callId(), agentId, new QueueLogEvent.RingNoAnswer(round.get().ringMillis(now)));
    q.stats.missed(agentId);
    q.pool.released(agentId, entry.callId(), Release.REFUSED, autoPause(), now);
    if (!round.get().exhausted()) {
      return new Outcome.Applied(List.of());
    }
    entry.endRound();
    return entry.apply(EntryInput.NO_ANSWER, now);
  }

  /** Ends every offer whose ring time is over: RINGNOANSWER, or RINGCANCELED when the maximum wait cut it. */
  void expire(Outbox out) {
    Instant now = out.now();
    for (QueueEntry entry : q.entries.all()) {
      Optional<OfferRound> round = entry.round().filter(r -> !r.deadline().isAfter(now));
      if (round.isEmpty()) {
        continue;
      }
      List<String> ringing = round.get().ringing();
      long rang = Duration.between(round.get().startedAt(), round.get().deadline()).toMillis();
      for (String agent : ringing) {
        if (round.get().fullRing()) {
          out.log(entry.callId(), agent, new QueueLogEvent.RingNoAnswer(rang));
          q.stats.missed(agent);
        } else {
          out.log(entry.callId(), agent, new QueueLogEvent.RingCanceled(rang));
        }
      }
      release(entry, ringing, round.get().fullRing() ? Release.UNANSWERED : Release.CANCELLED, now);
      CancelReason reason = round.get().fullRing() ? CancelReason.RING_TIMEOUT : CancelReason.QUEUE_TIMEOUT;
      out.command(new CancelOffer(entry.callId(), ringing, reason));
      entry.endRound();
      entry.apply(EntryInput.NO_ANSWER, now);
      if (round.get().fullRing()) {
        entry.retryAt(now.plus(q.definition.offers().retryDelay()));
      }
    }
  }

  /** Withdraws the entry's offer because the caller is leaving: RINGCANCELED for each ringing agent. */
  void withdraw(QueueEntry entry, Outbox out) {
    Optional<OfferRound> round = entry.round();
    if (round.isEmpty()) {
      return;
    }
    List<String> ringing = round.get().ringing();
    for (String agent : ringing) {
      out.log(entry.callId(), agent, new QueueLogEvent.RingCanceled(round.get().ringMillis(out.now())));
    }
    release(entry, ringing, Release.CANCELLED, out.now());
    out.command(new CancelOffer(entry.callId(), ringing, CancelReason.CALLER_LEFT));
    entry.endRound();
  }

  /** An answer that came after the offer was withdrawn: hang the agent's leg up, free the agent. */
  Outcome tooLate(String callId, String agentId, Outbox out) {
    out.command(new CancelOffer(callId, List.of(agentId), CancelReason.TOO_LATE));
    return new Outcome.Ignored("OfferAnswered", "the offer of " + callId + " to " + agentId + " was withdrawn");
  }

  private void release(QueueEntry entry, List<String> agents, Release why, Instant now) {
    for (String agent : agents) {
      q.pool.released(agent, entry.callId(), why, autoPause(), now);
    }
  }

  private AutoPausePolicy autoPause() {
    return q.definition.offers().autoPause();
  }
}
