package io.ariflow.flows.queue.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * One caller in a queue as wallboards and tests see it.
 *
 * @param callId the caller
 * @param position the caller's position (0 once connected)
 * @param state the entry state
 * @param waited how long the caller has been in the queue
 * @param agentId the agent ringing for, or connected to, the caller (the first one for ringall)
 */
public record QueuedCaller(String callId, int position, EntryState state, Duration waited,
    Optional<String> agentId) {
}
