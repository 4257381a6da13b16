package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.agent.DeviceState;
import io.ariflow.flows.queue.definition.EmptyCondition;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * app_queue's {@code get_member_status}: a queue is empty for a caller when every logged-in member is
 * excluded by one of the configured conditions. An agent ringing or talking for this engine counts as
 * RINGING or INUSE even before its device says so (device states lag behind our own calls).
 */
final class EmptyCheck {

  private EmptyCheck() {
  }

  /**
   * Whether no member counts under {@code conditions}; never empty when no condition is configured.
   * {@code reachable} says whether a member is within the caller's penalty window and has the skills.
   */
  static boolean empty(Set<EmptyCondition> conditions, Collection<RosterMember> members,
      Function<String, Optional<AgentView>> views, Predicate<RosterMember> reachable, boolean wrapUpConfigured) {
    if (conditions.isEmpty()) {
      return false;
    }
    for (RosterMember member : members) {
      Optional<AgentView> view = views.apply(member.agentId()).filter(AgentView::loggedIn);
      if (view.isEmpty()) {
        continue;
      }
      if (conditions.contains(EmptyCondition.PENALTY) && !reachable.test(member)) {
        continue;
      }
      if (!excluded(conditions, view.get(), wrapUpConfigured)) {
        return false;
      }
    }
    return true;
  }

  private static boolean excluded(Set<EmptyCondition> conditions, AgentView view, boolean wrapUpConfigured) {
    DeviceState status = status(view);
    boolean byDevice = status == DeviceState.INVALID && conditions.contains(EmptyCondition.INVALID)
        || status == DeviceState.UNAVAILABLE && conditions.contains(EmptyCondition.UNAVAILABLE)
        || status == DeviceState.INUSE && conditions.contains(EmptyCondition.INUSE)
        || status == DeviceState.RINGING && conditions.contains(EmptyCondition.RINGING)
        || status == DeviceState.UNKNOWN && conditions.contains(EmptyCondition.UNKNOWN);
    if (byDevice) {
      return true;
    }
    boolean inCall = view.state() == AgentState.ON_CALL && wrapUpConfigured;
    return view.state() == AgentState.PAUSED && conditions.contains(EmptyCondition.PAUSED)
        || (view.state() == AgentState.WRAP_UP || inCall) && conditions.contains(EmptyCondition.WRAPUP);
  }

  private static DeviceState status(AgentView view) {
    if (view.state() == AgentState.OFFERED) {
      return DeviceState.RINGING;
    }
    if (view.state() == AgentState.ON_CALL) {
      return DeviceState.INUSE;
    }
    return view.device();
  }
}
