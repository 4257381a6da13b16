package io.ariflow.flows.steps.queue;

import io.ariflow.flows.load.queue.QueueExtras.AgentConfirm;
import io.ariflow.flows.queue.engine.QueueInput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A queue step with every template rendered and the queue's declaration applied: what {@link QueueRun}
 * executes for one caller.
 *
 * @param callId the caller's call id (the channel id, as queue_log writes it)
 * @param queue the queue name
 * @param join the join message (priority, skills, maximum wait, penalties)
 * @param musicClass the music-on-hold class, used when {@code playlist} is empty
 * @param playlist media looped while waiting instead of music on hold
 * @param whisper media played to the agent before bridging
 * @param confirm the agent's confirmation, if required
 * @param exits key -> step, routed by the step's own {@code exits}
 * @param queueExitKeys the queue's own exit keys (outcome {@code exit})
 * @param callbackKey the key that asks for a callback, when the queue offers callbacks
 * @param agentCallerId the caller id shown to agents, or null for Asterisk's default
 * @param pickupGroups the pickup groups that may answer a ringing agent leg instead (none: not offered)
 */
record QueuePlan(String callId, String queue, QueueInput.Join join, String musicClass, List<String> playlist,
    List<String> whisper, Optional<AgentConfirm> confirm, Map<String, String> exits, String queueExitKeys,
    Optional<String> callbackKey, String agentCallerId, Set<String> pickupGroups) {

  /** How long an agent may take to press the confirmation key after the prompt. */
  static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

  QueuePlan {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(join, "join");
    Objects.requireNonNull(musicClass, "musicClass");
    playlist = List.copyOf(playlist);
    whisper = List.copyOf(whisper);
    Objects.requireNonNull(confirm, "confirm");
    exits = Map.copyOf(exits);
    Objects.requireNonNull(queueExitKeys, "queueExitKeys");
    Objects.requireNonNull(callbackKey, "callbackKey");
    pickupGroups = Set.copyOf(pickupGroups);
  }

  /** Whether {@code key} takes the caller out of the queue (a step exit or a queue exit key). */
  boolean exits(String key) {
    return exits.containsKey(key) || !key.isEmpty() && queueExitKeys.contains(key);
  }
}
