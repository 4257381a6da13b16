package io.ariflow.flows.queue.hub;

import io.ariflow.flows.load.queue.DeclaredQueue;
import io.ariflow.flows.load.queue.QueueCatalog;
import io.ariflow.flows.port.QueuePort;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.queue.AgentMessage;
import io.ariflow.flows.queue.ContactCenter;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.engine.Decisions;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.engine.QueuedCaller;
import io.ariflow.flows.queue.log.QueueLog;
import io.ariflow.flows.queue.stats.QueueStatistics;
import io.ariflow.flows.queue.strategy.StrategyRegistry;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.TransitionObserver;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of an engine's {@link ContactCenter}: every message (a step's input, an agent message, its own
 * tick) is applied here, in order, and what the center decides is carried out: queue_log records go to the
 * {@link QueueLog}, each command goes to the listener of the call it is about, and the rest (callbacks, whose
 * caller is offline; agent state changes and wrap-ups) to the host's {@code outside} consumer. Commands are
 * delivered from a FIFO, so a listener that sends a message while handling one never reorders them. The next
 * tick is armed at every decision's {@code wakeAt}. Not thread-safe by design: one context drives it.
 */
public final class QueueHub implements QueuePort {

  private static final Logger LOG = LoggerFactory.getLogger(QueueHub.class);

  private final QueueCatalog catalog;
  private final ContactCenter center;
  private final Timers timers;
  private final QueueLog log;
  private final Consumer<QueueCommand> outside;
  private final Map<String, Consumer<QueueCommand>> listeners = new HashMap<>();
  private final Set<String> offline = new HashSet<>();
  private final Deque<QueueCommand> pending = new ArrayDeque<>();
  private final DeviceMemory devices = new DeviceMemory();
  private TimerHandle wake = () -> false;
  private Instant wakeAt;
  private boolean dispatching;
  private boolean stopped;

  /**
   * A hub running {@code catalog} (already validated by the loader).
   *
   * @param timers the clock and the tick timer
   * @param log where queue_log records go
   * @param outside commands no queue step carries out
   * @param random the strategies' randomness (seeded in tests)
   */
  public QueueHub(QueueCatalog catalog, Timers timers, QueueLog log, Consumer<QueueCommand> outside,
      RandomGenerator random) {
    this.catalog = catalog;
    this.timers = timers;
    this.log = log;
    this.outside = outside;
    this.center = new ContactCenter(catalog.definitions(), StrategyRegistry.standard(), random,
        TransitionObserver.NONE);
  }

  /** Starts the queues (QUEUESTART, static members logged in). */
  public QueueHub start() {
    apply(center.start(timers.now()));
    return this;
  }

  /** Stops ticking; the hub is not used any more (replaced on reload, or shut down). */
  public void stop() {
    stopped = true;
    wake.cancel();
  }

  @Override
  public Optional<DeclaredQueue> queue(String name) {
    return catalog.queue(name);
  }

  @Override
  public Registration listen(String callId, Consumer<QueueCommand> listener) {
    listeners.put(callId, listener);
    return () -> listeners.remove(callId, listener);
  }

  @Override
  public Future<Void> send(String queue, QueueInput input) {
    if (catalog.queue(queue).isEmpty()) {
      return Future.failedFuture(new IllegalArgumentException("no queue '" + queue + "'"));
    }
    apply(center.handle(queue, input, timers.now()));
    return Future.succeededFuture();
  }

  /**
   * Applies an agent change for a step or the control API: a login only for an agent some queue declares; fails
   * with the reason when the change is refused.
   */
  @Override
  public Future<Void> agent(AgentMessage message) {
    if (message instanceof AgentMessage.Login login && !declares(login.agentId())) {
      return Future.failedFuture(new IllegalArgumentException("no queue declares agent '" + login.agentId() + "'"));
    }
    Outcome outcome = handle(message);
    if (outcome instanceof Outcome.Illegal illegal) {
      return Future.failedFuture(new IllegalStateException(illegal.transition().describe()));
    }
    if (outcome instanceof Outcome.Ignored ignored) {
      return Future.failedFuture(new IllegalStateException(ignored.reason()));
    }
    return Future.succeededFuture();
  }

  /** Applies an agent login, logout, pause or a device/endpoint state; what became of it. */
  public Outcome handle(AgentMessage message) {
    devices.remember(message);
    Decisions decisions = center.handle(message, timers.now());
    apply(decisions);
    return decisions.outcome();
  }

  /** The queue holding {@code callId} (waiting, ringing, offline for a callback, or talking). */
  public Optional<String> queueOf(String callId) {
    return center.queueNames().stream()
        .filter(q -> callers(q).stream().anyMatch(c -> c.callId().equals(callId))).findFirst();
  }

  /** Whether an agent with that id is declared by any queue (a static member or a dynamic agent). */
  public boolean declares(String agentId) {
    return catalog.definitions().stream().anyMatch(d -> d.member(agentId).isPresent());
  }

  /** Repairs state after lost events: callers and agents whose calls are not {@code live} are let go. */
  public void reconcile(Predicate<String> live) {
    apply(center.reconcile(live, timers.now()));
  }

  /** The catalog the hub runs. */
  public QueueCatalog catalog() {
    return catalog;
  }

  /** A queue's statistics now. */
  public Optional<QueueStatistics> statistics(String queue) {
    return center.statistics(queue, timers.now());
  }

  /** A queue's callers now, in position order, then those talking. */
  public List<QueuedCaller> callers(String queue) {
    return center.callers(queue, timers.now());
  }

  /** Every known agent. */
  public List<AgentView> agents() {
    return center.agents();
  }

  /** Whether nothing is in progress: no caller in any queue and no agent rung or talking. */
  public boolean idle() {
    boolean noCallers = center.queueNames().stream().allMatch(q -> callers(q).isEmpty());
    return noCallers && center.agents().stream().noneMatch(HubSuccession::busy);
  }

  /** A started hub running {@code next} with this hub's logged-in agents and device states; this one stops. */
  public QueueHub successor(QueueCatalog next, RandomGenerator random) {
    stop();
    QueueHub successor = new QueueHub(next, timers, log, outside, random).start();
    HubSuccession.carryOver(center.agents(), catalog, next, devices).forEach(successor::handle);
    return successor;
  }

  private void tick() {
    if (!stopped) {
      wakeAt = null;
      apply(center.tick(timers.now()));
    }
  }

  private void apply(Decisions decisions) {
    if (decisions.outcome() instanceof Outcome.Illegal illegal) {
      LOG.warn("queues: a message did not fit the state and was refused: {}", illegal);
    }
    decisions.log().forEach(log::write);
    pending.addAll(decisions.commands());
    arm(decisions.wakeAt());
    drain();
  }

  private void drain() {
    if (dispatching) {
      return;
    }
    dispatching = true;
    try {
      QueueCommand command;
      while ((command = pending.poll()) != null) {
        deliver(command);
      }
    } finally {
      dispatching = false;
    }
  }

  private void deliver(QueueCommand command) {
    Optional<String> call = CommandTargets.callOf(command);
    boolean callback = CommandTargets.isCallback(command) || call.filter(offline::contains).isPresent();
    Consumer<QueueCommand> listener = call.filter(id -> !callback).map(listeners::get).orElse(null);
    if (command instanceof QueueCommand.CallbackAccepted accepted) {
      offline.add(accepted.callId());
    }
    try {
      (listener != null ? listener : outside).accept(command);
    } catch (RuntimeException e) {
      LOG.error("queues: carrying out {} failed: {}", command, e.toString(), e);
    }
  }

  private void arm(Optional<Instant> next) {
    if (stopped || next.isEmpty() || next.get().equals(wakeAt)) {
      return;
    }
    wake.cancel();
    wakeAt = next.get();
    Duration delay = Duration.between(timers.now(), wakeAt);
    wake = timers.schedule(delay.isNegative() ? Duration.ZERO : delay, this::tick);
  }

  /** The callback calls the host dials, done once the host no longer needs their commands routed to it. */
  public void callbackDone(String callId) {
    offline.remove(callId);
  }
}
