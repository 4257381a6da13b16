package io.ariflow.app.queues;

import io.ariflow.flows.load.queue.DeclaredQueue;
import io.ariflow.flows.load.queue.QueueCatalog;
import io.ariflow.flows.port.QueuePort;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.queue.AgentMessage;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.hub.QueueHub;
import io.ariflow.flows.queue.log.QueueLog;
import io.ariflow.flows.state.Outcome;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's one queue owner across reloads: holds the running {@link QueueHub} and is the {@link QueuePort}
 * every run uses. A reloaded catalog that changes the queues is applied at once when nothing is in progress, else
 * as soon as the queues are idle (callers keep the queues they joined); logged-in agents, pauses and device
 * states carry over. Runs on the engine's context only.
 */
final class QueueHost implements QueuePort {

  private static final Logger LOG = LoggerFactory.getLogger(QueueHost.class);
  private static final Duration IDLE_CHECK = Duration.ofSeconds(2);

  private final Timers timers;
  private final QueueLog log;
  private final Supplier<RandomGenerator> random;
  private Consumer<QueueCommand> outside = command -> { };
  private Consumer<String> onLogin = endpoint -> { };
  private QueueHub hub;
  private QueueCatalog pending;
  private TimerHandle check = () -> false;

  QueueHost(Timers timers, QueueLog log, Supplier<RandomGenerator> random) {
    this.timers = timers;
    this.log = log;
    this.random = random;
    this.hub = new QueueHub(QueueCatalog.EMPTY, timers, log, command -> outside.accept(command), random.get());
  }

  /** Where commands no queue step carries out go (set once, before the first catalog). */
  void outside(Consumer<QueueCommand> consumer) {
    this.outside = consumer;
  }

  /** What to do with the endpoint of an agent logging in (follow its phone's state). */
  void onLogin(Consumer<String> consumer) {
    this.onLogin = consumer;
  }

  /** The hub running now. */
  QueueHub hub() {
    return hub;
  }

  /** Applies a reloaded catalog: now when idle, else once the queues are idle; true when applied now. */
  boolean replace(QueueCatalog next) {
    if (next.equals(hub.catalog())) {
      pending = null;
      return false;
    }
    pending = next;
    return applyIfIdle();
  }

  private boolean applyIfIdle() {
    check.cancel();
    if (pending == null) {
      return false;
    }
    if (!hub.idle()) {
      check = timers.schedule(IDLE_CHECK, this::applyIfIdle);
      return false;
    }
    boolean first = hub.catalog().isEmpty();
    hub = first ? new QueueHub(pending, timers, log, command -> outside.accept(command), random.get()).start()
        : hub.successor(pending, random.get());
    LOG.info("queues: {} {}", first ? "running" : "reloaded", pending.names());
    pending = null;
    return true;
  }

  @Override
  public Optional<DeclaredQueue> queue(String name) {
    return hub.queue(name);
  }

  @Override
  public Registration listen(String callId, Consumer<QueueCommand> listener) {
    return hub.listen(callId, listener);
  }

  @Override
  public Future<Void> send(String queue, QueueInput input) {
    return hub.send(queue, input);
  }

  /** A device or endpoint state. */
  Outcome handle(AgentMessage message) {
    return hub.handle(message);
  }

  @Override
  public Future<Void> agent(AgentMessage message) {
    if (message instanceof AgentMessage.Login login && hub.declares(login.agentId())) {
      onLogin.accept(login.endpoint());
    }
    return hub.agent(message);
  }

  /** After a reconnect: callers and agents whose calls are not {@code live} are let go. */
  void reconcile(Predicate<String> live) {
    hub.reconcile(live);
  }

  /** The queue holding {@code callId}. */
  Optional<String> queueOf(String callId) {
    return hub.queueOf(callId);
  }

  /** A callback the dialler no longer follows. */
  void callbackDone(String callId) {
    hub.callbackDone(callId);
  }

  /** Stops ticking (the engine stops). */
  void stop() {
    check.cancel();
    hub.stop();
  }
}
