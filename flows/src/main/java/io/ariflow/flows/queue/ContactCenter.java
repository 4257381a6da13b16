package io.ariflow.flows.queue;

import io.ariflow.flows.queue.agent.AgentChange;
import io.ariflow.flows.queue.agent.AgentDirectory;
import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.definition.DefinitionProblem;
import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.definition.QueueValidator;
import io.ariflow.flows.queue.engine.Decisions;
import io.ariflow.flows.queue.engine.EntryState;
import io.ariflow.flows.queue.engine.QueueEngine;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.engine.QueuedCaller;
import io.ariflow.flows.queue.log.QueueLogEvent;
import io.ariflow.flows.queue.log.QueueLogRecord;
import io.ariflow.flows.queue.stats.QueueStatistics;
import io.ariflow.flows.queue.strategy.StrategyRegistry;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The queues of one engine instance and the agents they share, behind one owner: every message (a queue
 * input, an agent login or pause, a device state, a tick) is applied, then every queue is re-evaluated
 * heaviest first, so a freed agent goes to the queue with the highest weight; the result is one
 * {@link Decisions} value. The app holds one per verticle and feeds it from ARI events, the queue step and
 * its timers; see the package documentation for how this splits across a cluster. Not thread-safe by design.
 */
public final class ContactCenter {

  private static final int MAX_PASSES = 4;

  private final AgentDirectory directory;
  private final Map<String, QueueEngine> queues = new LinkedHashMap<>();
  private final List<QueueEngine> heaviestFirst;
  private final AgentJournal journal;

  /**
   * A contact center running {@code definitions}; throws {@link IllegalArgumentException} listing every
   * problem when a definition is invalid, two queues share a name, or one static member has two endpoints.
   */
  public ContactCenter(List<QueueDefinition> definitions, StrategyRegistry strategies, RandomGenerator random,
      TransitionObserver observer) {
    check(definitions, strategies);
    this.directory = new AgentDirectory(observer);
    this.journal = new AgentJournal(directory::view);
    for (QueueDefinition definition : definitions) {
      WeightGate gate = new WeightGate(directory, definition.name(), definition.weight(), queues::values);
      queues.put(definition.name(), new QueueEngine(definition, strategies.get(definition.strategy()), gate,
          random, observer));
    }
    this.heaviestFirst = queues.values().stream()
        .sorted(Comparator.comparingInt((QueueEngine q) -> -q.definition().weight()).thenComparing(QueueEngine::name))
        .toList();
  }

  private static void check(List<QueueDefinition> definitions, StrategyRegistry strategies) {
    List<String> problems = new ArrayList<>();
    Map<String, String> endpoints = new LinkedHashMap<>();
    for (QueueDefinition definition : definitions) {
      for (DefinitionProblem problem : QueueValidator.validate(definition, strategies.names())) {
        problems.add(definition.name() + ": " + problem);
      }
      for (MemberDefinition member : definition.members()) {
        String endpoint = member.endpoint().orElse("");
        String before = endpoints.putIfAbsent(member.agentId(), endpoint);
        if (before != null && !before.equals(endpoint)) {
          problems.add(definition.name() + ": member " + member.agentId() + " rings " + endpoint
              + " here but " + before + " in another queue");
        }
      }
    }
    long distinct = definitions.stream().map(QueueDefinition::name).distinct().count();
    if (distinct != definitions.size()) {
      problems.add("two queues share a name");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid queues:\n  " + String.join("\n  ", problems));
    }
  }

  /** Starts the queues: QUEUESTART, static members logged in (silently, as app_queue loads them). */
  public Decisions start(Instant now) {
    for (QueueEngine queue : queues.values()) {
      for (MemberDefinition member : queue.definition().members()) {
        directory.login(member.agentId(), member.endpoint().orElseThrow(), Optional.empty(), now);
        journal.forgetLogin(member.agentId());
      }
    }
    directory.drainChanges();
    List<String> statics = queues.values().stream().flatMap(q -> q.definition().members().stream())
        .map(MemberDefinition::agentId).distinct().toList();
    QueueLogRecord start = new QueueLogRecord(now, QueueLogRecord.NONE, QueueLogRecord.NONE,
        QueueLogRecord.NONE, new QueueLogEvent.QueueStart());
    Decisions started = new Decisions(new Outcome.Applied(List.of()), List.of(), List.of(start), Optional.empty());
    return settle(started.then(syncMembership(statics, now)), now);
  }

  /** Applies {@code input} to the queue named {@code queue}; Ignored when there is no such queue. */
  public Decisions handle(String queue, QueueInput input, Instant now) {
    QueueEngine engine = queues.get(queue);
    if (engine == null) {
      return settle(ignored(input.getClass().getSimpleName(), "no queue named " + queue), now);
    }
    if (input instanceof QueueInput.AddMember add) {
      add.member().endpoint().filter(e -> directory.view(add.member().agentId()).filter(AgentView::loggedIn)
          .isEmpty()).ifPresent(endpoint -> directory.login(add.member().agentId(), endpoint,
              add.paused() ? Optional.of("") : Optional.empty(), now));
    }
    return settle(engine.apply(input, now), now);
  }

  /** Applies an agent or device message. */
  public Decisions handle(AgentMessage message, Instant now) {
    Outcome outcome;
    if (message instanceof AgentMessage.Login login) {
      outcome = directory.login(login.agentId(), login.endpoint(), login.pausedReason(), now);
    } else if (message instanceof AgentMessage.Logout logout) {
      outcome = directory.logout(logout.agentId(), now);
    } else if (message instanceof AgentMessage.Pause pause) {
      outcome = directory.pause(pause.agentId(), pause.reason(), now);
    } else if (message instanceof AgentMessage.Unpause unpause) {
      outcome = directory.unpause(unpause.agentId(), now);
    } else if (message instanceof AgentMessage.DeviceChanged device) {
      outcome = combined(directory.deviceChanged(device.device(), device.state(), now));
    } else {
      AgentMessage.EndpointChanged endpoint = (AgentMessage.EndpointChanged) message;
      outcome = combined(directory.endpointChanged(endpoint.endpoint(), endpoint.online(), now));
    }
    return settle(new Decisions(outcome, List.of(), List.of(), Optional.empty()), now);
  }

  /** Time passed: wrap-ups end, ring timeouts, retries, announcements and maximum waits fire. */
  public Decisions tick(Instant now) {
    return settle(new Decisions(combined(directory.tick(now)), List.of(), List.of(), Optional.empty()), now);
  }

  /**
   * Repairs state after lost events (e.g. across a reconnect): {@code live} says which queue calls still
   * exist (a callback's call id counts as live while it is being dialled back). A caller whose call is gone
   * leaves its queue as if it had hung up (a callback being dialled back counts as unreached); then agents
   * still holding a vanished call are freed. Offline callbacks are left alone.
   */
  public Decisions reconcile(Predicate<String> live, Instant now) {
    Decisions result = ignored("reconcile", "calls");
    for (QueueEngine queue : queues.values()) {
      for (QueuedCaller caller : queue.callers(now)) {
        boolean offline = caller.state() == EntryState.CALLBACK_WAITING
            || caller.state() == EntryState.CALLBACK_RINGING;
        if (offline || live.test(caller.callId())) {
          continue;
        }
        QueueInput lost = caller.state() == EntryState.CALLBACK_DIALING
            ? new QueueInput.CallbackUnreached(caller.callId()) : new QueueInput.CallerHungUp(caller.callId());
        result = result.then(queue.apply(lost, now));
      }
    }
    Outcome repaired = combined(directory.reconcile(live, now));
    return settle(new Decisions(repaired, result.commands(), result.log(), Optional.empty()), now);
  }

  private Decisions settle(Decisions first, Instant now) {
    Decisions result = first.then(drainAgents(now));
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      for (QueueEngine queue : heaviestFirst) {
        result = result.then(queue.evaluate(now));
      }
      List<AgentChange> changes = directory.drainChanges();
      boolean freed = journal.record(changes, queues.values());
      result = result.then(journalDecisions()).then(syncMembership(moved(changes), now));
      if (!freed) {
        break;
      }
    }
    return new Decisions(result.outcome(), result.commands(), result.log(), nextWakeAt(now));
  }

  private Decisions drainAgents(Instant now) {
    List<AgentChange> changes = directory.drainChanges();
    journal.record(changes, queues.values());
    return journalDecisions().then(syncMembership(moved(changes), now));
  }

  private Decisions journalDecisions() {
    return new Decisions(new Outcome.Applied(List.of()), journal.drainCommands(), journal.drainLog(),
        Optional.empty());
  }

  /** Adds dynamic agents who logged in to the queues declaring them, removes those who logged out. */
  private Decisions syncMembership(List<String> agentIds, Instant now) {
    Decisions result = ignored("sync", "membership");
    for (String agentId : agentIds) {
      Optional<AgentView> view = directory.view(agentId);
      boolean loggedIn = view.filter(AgentView::loggedIn).isPresent();
      boolean paused = view.filter(v -> v.state() == AgentState.PAUSED).isPresent();
      for (QueueEngine queue : queues.values()) {
        Optional<MemberDefinition> declared = queue.definition().agents().stream()
            .filter(agent -> agent.agentId().equals(agentId)).findFirst();
        if (declared.isPresent() && loggedIn && !queue.hasMember(agentId)) {
          result = result.then(queue.apply(new QueueInput.AddMember(declared.get(), paused), now));
        } else if (declared.isPresent() && !loggedIn && queue.hasMember(agentId)) {
          result = result.then(queue.apply(new QueueInput.RemoveMember(agentId), now));
        }
      }
    }
    return result;
  }

  private static List<String> moved(List<AgentChange> changes) {
    return changes.stream().filter(AgentChange::moved).map(AgentChange::agentId).distinct().toList();
  }

  /** When to tick next at the latest. */
  public Optional<Instant> nextWakeAt(Instant now) {
    Optional<Instant> wake = directory.nextWakeAt();
    for (QueueEngine queue : queues.values()) {
      wake = Decisions.earliest(wake, queue.nextWakeAt(now));
    }
    return wake;
  }

  /** The named queue's statistics. */
  public Optional<QueueStatistics> statistics(String queue, Instant now) {
    return Optional.ofNullable(queues.get(queue)).map(q -> q.statistics(now));
  }

  /** The named queue's callers, in position order, then those talking. */
  public List<QueuedCaller> callers(String queue, Instant now) {
    return Optional.ofNullable(queues.get(queue)).map(q -> q.callers(now)).orElse(List.of());
  }

  /** Every known agent's snapshot. */
  public List<AgentView> agents() {
    return directory.views();
  }

  /** One agent's snapshot. */
  public Optional<AgentView> agent(String agentId) {
    return directory.view(agentId);
  }

  /** The queue names, in declaration order. */
  public List<String> queueNames() {
    return List.copyOf(queues.keySet());
  }

  private static Decisions ignored(String what, String why) {
    return new Decisions(new Outcome.Ignored(what, why), List.of(), List.of(), Optional.empty());
  }

  private static Outcome combined(List<Outcome> outcomes) {
    List<HistoryEntry> steps = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Outcome.Illegal) {
        return outcome;
      }
      if (outcome instanceof Outcome.Applied applied) {
        steps.addAll(applied.steps());
      }
    }
    return new Outcome.Applied(steps);
  }
}
