package io.ariflow.flows.queue;

import io.ariflow.flows.queue.agent.AgentChange;
import io.ariflow.flows.queue.agent.AgentInput;
import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.engine.QueueCommand.AgentStateChanged;
import io.ariflow.flows.queue.engine.QueueCommand.StartWrapUp;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueEngine;
import io.ariflow.flows.queue.log.QueueLogEvent;
import io.ariflow.flows.queue.log.QueueLogRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the agent rows the directory applied into what the outside sees: state-change and wrap-up commands,
 * and app_queue's agent lines (AGENTLOGIN / AGENTLOGOFF with the login time, PAUSEALL + PAUSE per queue,
 * UNPAUSEALL + UNPAUSE per queue). Reports whether an agent became free, so its owner dispatches again.
 */
final class AgentJournal {

  private final Function<String, Optional<AgentView>> views;
  private final Map<String, Instant> loginTimes = new HashMap<>();
  private final List<QueueCommand> commands = new ArrayList<>();
  private final List<QueueLogRecord> log = new ArrayList<>();

  AgentJournal(Function<String, Optional<AgentView>> views) {
    this.views = views;
  }

  /** Records {@code changes}; {@code queues} are the engines, for per-queue PAUSE lines. */
  boolean record(List<AgentChange> changes, Collection<QueueEngine> queues) {
    boolean freed = false;
    for (AgentChange change : changes) {
      if (change.moved()) {
        commands.add(new AgentStateChanged(change.agentId(), change.from(), change.to(), change.reason()));
        freed |= change.to() == AgentState.AVAILABLE;
      }
      logLines(change, queues);
      if (change.to() == AgentState.WRAP_UP && change.input() == AgentInput.CALL_ENDED) {
        views.apply(change.agentId()).filter(v -> v.state() == AgentState.WRAP_UP)
            .flatMap(AgentView::wrapUpUntil).filter(until -> until.isAfter(change.at()))
            .ifPresent(until -> commands.add(new StartWrapUp(change.agentId(), until)));
      }
    }
    return freed;
  }

  private void logLines(AgentChange change, Collection<QueueEngine> queues) {
    String agent = change.agentId();
    boolean loggedIn = change.from() == AgentState.LOGGED_OUT && change.moved();
    if (loggedIn) {
      loginTimes.put(agent, change.at());
      String endpoint = views.apply(agent).flatMap(AgentView::endpoint).orElse("");
      add(change.at(), QueueLogRecord.NONE, agent, new QueueLogEvent.AgentLogin(endpoint));
    } else if (change.to() == AgentState.LOGGED_OUT && change.moved()) {
      Instant since = Optional.ofNullable(loginTimes.remove(agent)).orElse(change.at());
      String endpoint = views.apply(agent).flatMap(AgentView::endpoint).orElse("");
      long seconds = Duration.between(since, change.at()).toSeconds();
      add(change.at(), QueueLogRecord.NONE, agent, new QueueLogEvent.AgentLogoff(endpoint, seconds));
    } else if (pausing(change)) {
      String reason = change.reason().orElse("");
      add(change.at(), QueueLogRecord.NONE, agent, new QueueLogEvent.Pause(true, reason));
      memberOf(agent, queues).forEach(q -> add(change.at(), q, agent, new QueueLogEvent.Pause(false, reason)));
    } else if (change.input() == AgentInput.UNPAUSE && change.from() == AgentState.PAUSED) {
      add(change.at(), QueueLogRecord.NONE, agent, new QueueLogEvent.Unpause(true, ""));
      memberOf(agent, queues).forEach(q -> add(change.at(), q, agent, new QueueLogEvent.Unpause(false, "")));
    }
  }

  private static boolean pausing(AgentChange change) {
    boolean pauseInput = change.input() == AgentInput.PAUSE || change.input() == AgentInput.AUTO_PAUSE;
    return pauseInput && change.to() == AgentState.PAUSED;
  }

  private static List<String> memberOf(String agentId, Collection<QueueEngine> queues) {
    return queues.stream().filter(q -> q.hasMember(agentId)).map(QueueEngine::name).toList();
  }

  /** Forgets the login time of a static member logged in at start (no AGENTLOGIN is written for it). */
  void forgetLogin(String agentId) {
    loginTimes.remove(agentId);
  }

  private void add(Instant at, String queue, String agent, QueueLogEvent event) {
    log.add(new QueueLogRecord(at, QueueLogRecord.NONE, queue, agent, event));
  }

  /** The commands recorded since the last drain; emptied. */
  List<QueueCommand> drainCommands() {
    List<QueueCommand> drained = List.copyOf(commands);
    commands.clear();
    return drained;
  }

  /** The log records recorded since the last drain; emptied. */
  List<QueueLogRecord> drainLog() {
    List<QueueLogRecord> drained = List.copyOf(log);
    log.clear();
    return drained;
  }
}
