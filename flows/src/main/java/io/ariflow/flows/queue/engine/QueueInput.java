package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.definition.MemberDefinition;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The messages a queue's owner accepts. Callers and agents reach a queue only through these values (and its
 * {@link QueueCommand} replies), so the owner could sit behind an event-bus address unchanged.
 */
public sealed interface QueueInput {

  /** The call the message is about, or empty for queue-wide messages. */
  Optional<String> callId();

  /**
   * A caller asks to join.
   *
   * @param call the caller's call id (the channel's unique id, written to queue_log)
   * @param callerId the caller's number, written to queue_log
   * @param priority higher priorities are served first
   * @param skills skill name to least level, for skills-based routing
   * @param maxWait overrides the queue's maximum wait for this caller
   * @param maxPenalty the highest member penalty this caller may reach (app_queue's QUEUE_MAX_PENALTY)
   * @param minPenalty the lowest member penalty this caller may reach (QUEUE_MIN_PENALTY)
   * @param url the Queue() URL argument, written to queue_log
   */
  record Join(String call, String callerId, int priority, Map<String, Integer> skills, Optional<Duration> maxWait,
      OptionalInt maxPenalty, OptionalInt minPenalty, String url) implements QueueInput {
    /** Copies the skills and rejects nulls. */
    public Join {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(callerId, "callerId");
      skills = Map.copyOf(skills);
      Objects.requireNonNull(maxWait, "maxWait");
      Objects.requireNonNull(maxPenalty, "maxPenalty");
      Objects.requireNonNull(minPenalty, "minPenalty");
      Objects.requireNonNull(url, "url");
    }

    /** A plain join: priority 0, no skills, the queue's own limits. */
    public static Join of(String call, String callerId) {
      return new Join(call, callerId, 0, Map.of(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), "");
    }

    /** This join with {@code value} as priority. */
    public Join withPriority(int value) {
      return new Join(call, callerId, value, skills, maxWait, maxPenalty, minPenalty, url);
    }

    /** This join needing {@code needed} skills. */
    public Join withSkills(Map<String, Integer> needed) {
      return new Join(call, callerId, priority, needed, maxWait, maxPenalty, minPenalty, url);
    }

    /** This join with its own maximum wait. */
    public Join withMaxWait(Duration value) {
      return new Join(call, callerId, priority, skills, Optional.of(value), maxPenalty, minPenalty, url);
    }

    /** This join limited to members with penalties in {@code [min, max]}. */
    public Join withPenalties(OptionalInt min, OptionalInt max) {
      return new Join(call, callerId, priority, skills, maxWait, max, min, url);
    }

    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /** The caller hung up (while waiting, ringing, or talking: then the call ended by the caller). */
  record CallerHungUp(String call) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /** The caller pressed one of the queue's exit keys; the step routes to the key's flow step. */
  record CallerExited(String call, String key) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /** The caller left {@code number} and will hang up; the entry keeps its place offline. */
  record RequestCallback(String call, String number) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /** An offered agent answered; {@code agentChannelId} is its leg's unique id (queue_log CONNECT). */
  record OfferAnswered(String call, String agentId, String agentChannelId) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /**
   * Someone picked up the call ringing at {@code agentId} (call pickup): {@code picker} talks with the caller on
   * {@code pickerChannelId}; every rung agent is free again without a missed call.
   */
  record OfferPickedUp(String call, String agentId, String pickerChannelId, String picker) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /** An offered agent's leg failed before answering (busy, rejected, unreachable, hung up). */
  record OfferRefused(String call, String agentId, RefuseReason reason) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /** The callback leg to the caller answered: connect it to the waiting agent. */
  record CallbackAnswered(String call) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /** The callback leg to the caller failed (no answer, busy, error). */
  record CallbackUnreached(String call) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /** A connected call ended; {@code endedBy} says who hung up (COMPLETECALLER / COMPLETEAGENT). */
  record CallEnded(String call, EndedBy endedBy) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.of(call);
    }
  }

  /** Time passed (a timer set for {@link Decisions#wakeAt()} fired) or agents changed: re-evaluate. */
  record Tick() implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.empty();
    }
  }

  /** A member joins the queue at run time (a dynamic agent logged in, or AddQueueMember). */
  record AddMember(MemberDefinition member, boolean paused) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.empty();
    }
  }

  /** A member leaves the queue at run time (a dynamic agent logged out, or RemoveQueueMember). */
  record RemoveMember(String agentId) implements QueueInput {
    @Override
    public Optional<String> callId() {
      return Optional.empty();
    }
  }
}
