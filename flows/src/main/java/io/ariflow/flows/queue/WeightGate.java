package io.ariflow.flows.queue;

import io.ariflow.flows.queue.agent.AgentDirectory;
import io.ariflow.flows.queue.agent.AgentPool;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.agent.Release;
import io.ariflow.flows.queue.definition.AutoPausePolicy;
import io.ariflow.flows.queue.engine.QueueEngine;
import io.ariflow.flows.state.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One queue's view of the agent directory, adding app_queue's weight rule ({@code compare_weight}): an agent
 * is not offered by this queue while a heavier queue it also serves has at least as many callers as free
 * members. Everything else goes straight to the directory.
 */
final class WeightGate implements AgentPool {

  private final AgentDirectory directory;
  private final String queue;
  private final int weight;
  private final Supplier<Collection<QueueEngine>> queues;

  WeightGate(AgentDirectory directory, String queue, int weight, Supplier<Collection<QueueEngine>> queues) {
    this.directory = directory;
    this.queue = queue;
    this.weight = weight;
    this.queues = queues;
  }

  @Override
  public Optional<AgentView> view(String agentId) {
    return directory.view(agentId);
  }

  @Override
  public boolean reserve(String agentId, String callId, String fromQueue, boolean ringInUse, Instant now) {
    return !heldForHeavierQueue(agentId) && directory.reserve(agentId, callId, fromQueue, ringInUse, now);
  }

  private boolean heldForHeavierQueue(String agentId) {
    for (QueueEngine other : queues.get()) {
      boolean heavier = other.definition().weight() > weight && !other.name().equals(queue);
      if (heavier && other.hasMember(agentId) && other.waitingCount() > 0
          && other.waitingCount() >= other.availableMembers()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Outcome answered(String agentId, String callId, Instant now) {
    return directory.answered(agentId, callId, now);
  }

  @Override
  public Outcome released(String agentId, String callId, Release why, AutoPausePolicy autoPause, Instant now) {
    return directory.released(agentId, callId, why, autoPause, now);
  }

  @Override
  public Outcome completed(String agentId, String callId, Duration wrapUp, Instant now) {
    return directory.completed(agentId, callId, wrapUp, now);
  }
}
