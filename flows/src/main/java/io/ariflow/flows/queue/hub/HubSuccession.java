package io.ariflow.flows.queue.hub;

import io.ariflow.flows.load.queue.QueueCatalog;
import io.ariflow.flows.queue.AgentMessage;
import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.QueueDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a hub hands to the one replacing it on reload: the device and endpoint states, then every dynamic agent
 * still logged in and still declared (paused ones with their reason). Static members log in by themselves from the new catalog; a
 * static member's pause is carried over too. Callers, calls and wrap-ups are not: a hub is replaced only when idle.
 */
final class HubSuccession {

  private HubSuccession() {
  }

  /**
   * Whether an agent is in the middle of a call (rung, talking) or of its wrap-up: the hub is then not idle. A
   * successor logs agents in afresh, so replacing the hub during a wrap-up would end it at once.
   */
  static boolean busy(AgentView agent) {
    return agent.state() == AgentState.OFFERED || agent.state() == AgentState.ON_CALL
        || agent.state() == AgentState.WRAP_UP;
  }

  static List<AgentMessage> carryOver(List<AgentView> agents, QueueCatalog before, QueueCatalog after,
      DeviceMemory devices) {
    List<AgentMessage> messages = new ArrayList<>(devices.replay());
    Set<String> staticNow = staticIds(after);
    for (AgentView agent : agents) {
      if (!agent.loggedIn() || agent.endpoint().isEmpty()) {
        continue;
      }
      Optional<String> reason = agent.state() == AgentState.PAUSED ? agent.pauseReason().or(() -> Optional.of(""))
          : Optional.empty();
      if (staticNow.contains(agent.agentId())) {
        reason.ifPresent(why -> messages.add(new AgentMessage.Pause(agent.agentId(), why)));
      } else if (!staticIds(before).contains(agent.agentId()) && declaredIds(after).contains(agent.agentId())) {
        messages.add(new AgentMessage.Login(agent.agentId(), agent.endpoint().get(), reason));
      }
    }
    return messages;
  }

  /** Every member and agent id {@code catalog} declares; an agent it no longer names is not logged in again. */
  private static Set<String> declaredIds(QueueCatalog catalog) {
    return catalog.definitions().stream().map(QueueDefinition::allMembers).flatMap(List::stream)
        .map(MemberDefinition::agentId).collect(Collectors.toSet());
  }

  private static Set<String> staticIds(QueueCatalog catalog) {
    return catalog.definitions().stream().map(QueueDefinition::members).flatMap(List::stream)
        .map(MemberDefinition::agentId).collect(Collectors.toSet());
  }
}
