package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.agent.AgentState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the queue core decided, as values for the queue step and the app to carry out through ARI. The core
 * never calls Asterisk; it says "ring these agents", "bridge this caller with that agent", "tell the caller
 * their position", and learns the results from the next {@link QueueInput}.
 */
public sealed interface QueueCommand {

  /** The caller joined at {@code position} (1 is next). */
  record Joined(String callId, int position) implements QueueCommand {
  }

  /** The caller leaves for the overflow route: the flow continues (voicemail, another queue, ...). */
  record Overflow(String callId, OverflowReason reason) implements QueueCommand {
  }

  /**
   * Ring {@code agents} for the caller (one, or several for ringall) for {@code ringTimeout}; report
   * {@link QueueInput.OfferAnswered} or {@link QueueInput.OfferRefused} per agent. The core withdraws the
   * offer itself when the ring timeout passes ({@link CancelOffer} with RING_TIMEOUT).
   *
   * @param callbackNumber for a callback, the number the caller left (the agent is told before the caller
   *     is dialled)
   */
  record Offer(String callId, List<OfferedAgent> agents, Duration ringTimeout, Optional<String> callbackNumber)
      implements QueueCommand {
    /** Copies the agents. */
    public Offer {
      agents = List.copyOf(agents);
    }
  }

  /** Hang up the legs ringing (or answered too late) for these agents. */
  record CancelOffer(String callId, List<String> agentIds, CancelReason reason) implements QueueCommand {
    /** Copies the ids. */
    public CancelOffer {
      agentIds = List.copyOf(agentIds);
    }
  }

  /** Bridge the caller with the agent who answered; report {@link QueueInput.CallEnded} when it ends. */
  record Connect(String callId, String agentId) implements QueueCommand {
  }

  /**
   * Tell the caller their position and estimated wait, as app_queue's {@code say_position} does; the step
   * turns it into prompts ({@link AnnouncementScript}).
   *
   * @param position the caller's position now
   * @param said what to say about the position
   * @param number the number to say with {@code said}: the position, or the limit for MORE_THAN
   * @param estimate the estimated wait to say, if any
   * @param thanks whether to end with "thank you for your patience"
   */
  record Announce(String callId, int position, PositionSaid said, int number, Optional<WaitEstimate> estimate,
      boolean thanks) implements QueueCommand {
  }

  /** Play one periodic announcement to the caller. */
  record PlayPeriodic(String callId, String prompt) implements QueueCommand {
  }

  /** The callback was registered at {@code position}: confirm to the caller, who may then hang up. */
  record CallbackAccepted(String callId, int position) implements QueueCommand {
  }

  /** The agent answered a callback offer: dial the caller back on {@code number}; report the result. */
  record DialCallback(String callId, String agentId, String number) implements QueueCommand {
  }

  /** The agent rests until {@code until} (shown to the agent; the core ends the wrap-up itself). */
  record StartWrapUp(String agentId, Instant until) implements QueueCommand {
  }

  /** An agent's state changed (for agent screens and wallboards). */
  record AgentStateChanged(String agentId, AgentState from, AgentState to, Optional<String> reason)
      implements QueueCommand {
  }

  /** One agent to ring: its id and the endpoint to dial. */
  record OfferedAgent(String agentId, String endpoint) {
  }

  /** An estimated wait, rounded as app_queue rounds it. */
  record WaitEstimate(long minutes, long seconds) {
  }

  /** What a position announcement says about the position. */
  enum PositionSaid {
    /** Nothing (position announcements off, or beyond the limit). */
    NONE,
    /** "You are next in line." */
    YOU_ARE_NEXT,
    /** "You are currently caller number N." */
    POSITION,
    /** "There are more than N callers ahead of you." */
    MORE_THAN
  }
}
