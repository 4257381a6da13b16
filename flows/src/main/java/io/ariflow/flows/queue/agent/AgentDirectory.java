package io.ariflow.flows.queue.agent;

import io.ariflow.flows.queue.definition.AutoPausePolicy;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one owner of every agent's state, shared by all queues: queues reserve and release agents through it
 * ({@link AgentPool}), the app feeds it logins, pauses and device states, and every applied row is kept as
 * an {@link AgentChange} until the owner drains it. Because one agent has one state, an agent busy on a call
 * of any queue is never offered by another. Not thread-safe by design: one owner drives it.
 */
public final class AgentDirectory implements AgentPool {

  private final TransitionObserver observer;
  private final Map<String, Agent> agents = new LinkedHashMap<>();
  private final DeviceBook devices = new DeviceBook();
  private final List<AgentChange> changes = new ArrayList<>();

  /** An empty directory reporting applied rows to {@code observer} (tests check table coverage with it). */
  public AgentDirectory(TransitionObserver observer) {
    this.observer = observer;
  }

  /** An empty directory. */
  public AgentDirectory() {
    this(TransitionObserver.NONE);
  }

  /** Makes {@code agentId} known (LOGGED_OUT) if it is not yet; returns whether it was new. */
  public boolean register(String agentId, Instant now) {
    if (agents.containsKey(agentId)) {
      return false;
    }
    agents.put(agentId, new Agent(agentId, now, observer, changes::add));
    return true;
  }

  /** Logs {@code agentId} in on {@code endpoint} (registering it if needed), paused with {@code reason} if asked. */
  public Outcome login(String agentId, String endpoint, Optional<String> pausedReason, Instant now) {
    register(agentId, now);
    return agents.get(agentId).login(endpoint, pausedReason.isPresent(), pausedReason.orElse(""), now);
  }

  /** Logs the agent out, at once when free, or as soon as its call and wrap-up are over. */
  public Outcome logout(String agentId, Instant now) {
    return withAgent(agentId, "logout", agent -> withPending(agent, agent.logout(now), now));
  }

  /** Pauses the agent, at once when free, or as soon as its call is over. */
  public Outcome pause(String agentId, String reason, Instant now) {
    return withAgent(agentId, "pause", agent -> withPending(agent, agent.pause(reason, now), now));
  }

  /** Unpauses the agent (and cancels a pause waiting for the end of a call). */
  public Outcome unpause(String agentId, Instant now) {
    return withAgent(agentId, "unpause", agent -> agent.unpause(now));
  }

  /** Records a DeviceStateChanged for {@code device}; returns one outcome per agent on that device. */
  public List<Outcome> deviceChanged(String device, DeviceState state, Instant now) {
    devices.deviceChanged(device, state);
    return observeDevice(DeviceNames.of(device), now);
  }

  /** Records an EndpointStateChange: an offline endpoint's agents are UNAVAILABLE whatever the device says. */
  public List<Outcome> endpointChanged(String endpoint, boolean online, Instant now) {
    devices.endpointChanged(endpoint, online);
    return observeDevice(DeviceNames.of(endpoint), now);
  }

  @Override
  public Optional<AgentView> view(String agentId) {
    return Optional.ofNullable(agents.get(agentId)).map(this::view);
  }

  /** Snapshots of every known agent, in registration order. */
  public List<AgentView> views() {
    return agents.values().stream().map(this::view).toList();
  }

  /** The agent's recent transitions, oldest first (empty for an unknown agent). */
  public List<HistoryEntry> history(String agentId) {
    return Optional.ofNullable(agents.get(agentId)).map(Agent::history).orElse(List.of());
  }

  @Override
  public boolean reserve(String agentId, String callId, String queue, boolean ringInUse, Instant now) {
    Agent agent = agents.get(agentId);
    if (agent == null || !view(agent).offerable(ringInUse)) {
      return false;
    }
    return !agent.offer(callId, queue, now).isIllegal();
  }

  @Override
  public Outcome answered(String agentId, String callId, Instant now) {
    return withAgent(agentId, "answer", agent -> agent.answer(callId, now));
  }

  @Override
  public Outcome released(String agentId, String callId, Release why, AutoPausePolicy autoPause, Instant now) {
    return withAgent(agentId, "release", agent -> {
      boolean miss = why == Release.UNANSWERED || why == Release.REFUSED && autoPause.countRefusals();
      Outcome released = agent.release(callId, why, miss, now);
      if (released.isIllegal()) {
        return released;
      }
      List<HistoryEntry> steps = new ArrayList<>(steps(released));
      steps.addAll(agent.applyPending(now));
      boolean pause = miss && autoPause.enabled() && agent.state() == AgentState.AVAILABLE
          && agent.missedInARow() >= autoPause.afterUnanswered();
      if (pause) {
        steps.addAll(steps(agent.autoPause(autoPause.reason(), now)));
      }
      return new Outcome.Applied(steps);
    });
  }

  @Override
  public Outcome completed(String agentId, String callId, Duration wrapUp, Instant now) {
    return withAgent(agentId, "complete", agent -> {
      Outcome ended = agent.complete(callId, wrapUp, now);
      if (ended.isIllegal()) {
        return ended;
      }
      List<HistoryEntry> steps = new ArrayList<>(steps(ended));
      steps.addAll(agent.applyPending(now));
      if (agent.state() == AgentState.WRAP_UP && (wrapUp.isZero() || wrapUp.isNegative())) {
        steps.addAll(steps(agent.endWrapUp(now)));
      }
      return new Outcome.Applied(steps);
    });
  }

  /** Ends every wrap-up due by {@code now}; one outcome per agent that became available. */
  public List<Outcome> tick(Instant now) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Agent agent : agents.values()) {
      boolean due = agent.state() == AgentState.WRAP_UP
          && agent.wrapUpUntil().map(until -> !until.isAfter(now)).orElse(true);
      if (due) {
        outcomes.add(agent.endWrapUp(now));
      }
    }
    return outcomes;
  }

  /** The earliest wrap-up end still to come. */
  public Optional<Instant> nextWakeAt() {
    return agents.values().stream().filter(agent -> agent.state() == AgentState.WRAP_UP)
        .flatMap(agent -> agent.wrapUpUntil().stream()).min(Instant::compareTo);
  }

  /**
   * Repairs agents whose call is gone (the end event was lost, e.g. across a reconnect): a ringing agent is
   * released, a talking agent's call is ended with no wrap-up. {@code live} says whether a call still exists.
   */
  public List<Outcome> reconcile(Predicate<String> live, Instant now) {
    List<Outcome> repaired = new ArrayList<>();
    for (Agent agent : agents.values()) {
      Optional<String> call = agent.callId().filter(live.negate());
      if (call.isEmpty()) {
        continue;
      }
      if (agent.state() == AgentState.OFFERED) {
        repaired.add(released(agent.agentId(), call.get(), Release.CANCELLED, AutoPausePolicy.off(), now));
      } else if (agent.state() == AgentState.ON_CALL) {
        repaired.add(completed(agent.agentId(), call.get(), Duration.ZERO, now));
      }
    }
    return repaired;
  }

  /** The rows applied since the last drain, oldest first; the list is emptied. */
  public List<AgentChange> drainChanges() {
    List<AgentChange> drained = List.copyOf(changes);
    changes.clear();
    return drained;
  }

  private AgentView view(Agent agent) {
    return agent.view(devices.stateOf(agent.endpoint()));
  }

  private List<Outcome> observeDevice(String deviceName, Instant now) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Agent agent : agents.values()) {
      if (agent.endpoint().map(DeviceNames::of).filter(deviceName::equals).isPresent()) {
        outcomes.add(agent.observeDevice(devices.stateOf(agent.endpoint()), now));
      }
    }
    return outcomes;
  }

  private Outcome withPending(Agent agent, Outcome outcome, Instant now) {
    if (outcome.isIllegal()) {
      return outcome;
    }
    List<HistoryEntry> steps = new ArrayList<>(steps(outcome));
    steps.addAll(agent.applyPending(now));
    return new Outcome.Applied(steps);
  }

  private Outcome withAgent(String agentId, String what, java.util.function.Function<Agent, Outcome> action) {
    Agent agent = agents.get(agentId);
    if (agent == null) {
      return new Outcome.Ignored(what, "unknown agent " + agentId);
    }
    return action.apply(agent);
  }

  private static List<HistoryEntry> steps(Outcome outcome) {
    return outcome instanceof Outcome.Applied applied ? applied.steps() : List.of();
  }

  /** Device and endpoint observations by device name, kept even for agents not logged in yet. */
  private static final class DeviceBook {
    private final Map<String, DeviceState> states = new HashMap<>();
    private final Map<String, Boolean> online = new HashMap<>();

    void deviceChanged(String device, DeviceState state) {
      states.put(DeviceNames.of(device), state);
    }

    void endpointChanged(String endpoint, boolean isOnline) {
      online.put(DeviceNames.of(endpoint), isOnline);
    }

    DeviceState stateOf(Optional<String> endpoint) {
      if (endpoint.isEmpty()) {
        return DeviceState.UNKNOWN;
      }
      String name = DeviceNames.of(endpoint.get());
      if (!online.getOrDefault(name, true)) {
        return DeviceState.UNAVAILABLE;
      }
      return states.getOrDefault(name, DeviceState.UNKNOWN);
    }
  }
}
