package io.ariflow.app.queues;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.config.QueueSettings;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.flows.load.Declarations;
import io.ariflow.flows.load.queue.QueueCatalog;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.QueuePort;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.log.QueueLog;
import io.ariflow.model.request.channels.ChannelsList;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queues of one engine, wired: the {@link QueueHost} on the engine's context (the port every queue step
 * uses), the members' endpoint and device states, the callback dialler, the queue_log file, the run-time
 * {@link QueueControl}, the catalog applied on reload and the repair after a reconnect.
 */
public final class Queues {

  private static final Logger LOG = LoggerFactory.getLogger(Queues.class);

  private final AriRestClient rest;
  private final QueueHost host;
  private final MemberStates members;
  private final CallbackDialer dialer;
  private final QueueControl control;
  private final Optional<QueueLogFile> file;

  private Queues(Context home, ObjectOwners objects, AriRestClient rest, String app, Timers timers,
      IdGenerator ids, Optional<QueueLogFile> file, RandomGenerator seed) {
    this.rest = rest;
    this.file = file;
    QueueLog log = file.<QueueLog>map(f -> f).orElse(QueueLog.NONE);
    this.host = new QueueHost(timers, log, () -> new SplittableRandom(seed.nextLong()));
    this.members = new MemberStates(rest, app, objects, host::handle);
    this.dialer = new CallbackDialer(host, rest, app, objects, ids, timers);
    host.outside(dialer::handle);
    host.onLogin(members::watch);
    this.control = new QueueControl(home, host);
  }

  /**
   * Queues for the engine running on {@code home}, whose objects are routed through {@code objects}.
   *
   * @param rest the ARI REST client
   * @param app the Stasis application callback legs enter
   * @param timers the engine's timers (virtual in tests)
   * @param ids id generator for callback legs and bridges
   * @param settings where the queue_log goes
   * @param random seeds the strategies' generator (each catalog applied draws a new one from it)
   */
  public static Queues create(Context home, ObjectOwners objects, AriRestClient rest, String app, Timers timers,
      IdGenerator ids, QueueSettings settings, RandomGenerator random) {
    Optional<QueueLogFile> file = settings.log().map(path -> QueueLogFile.opening(home.owner(), path));
    return new Queues(home, objects, rest, app, timers, ids, file, random);
  }

  /** Applies the queues of a new catalog (at once, or once the running queues are idle); on the engine's context. */
  public void replace(Declarations next) {
    QueueCatalog queues = next.queues();
    host.replace(queues);
    queues.definitions().stream().map(QueueDefinition::members).flatMap(List::stream)
        .map(MemberDefinition::endpoint).flatMap(Optional::stream).forEach(members::watch);
  }

  /** The port the queue step uses, for every run's {@code RunPorts}. */
  public Map<Class<?>, Object> ports() {
    return Map.of(QueuePort.class, host);
  }

  /** Agent login, logout, pause and the queues' figures at run time. */
  public QueueControl control() {
    return control;
  }

  /**
   * After a reconnect: subscribes again to the members' phones and lets go of callers and agents whose calls
   * ended while events were lost (a callback being dialled back counts as live).
   */
  public Future<Void> reconnected() {
    members.resubscribe();
    return rest.send(ChannelsList.of()).map(channels -> {
      Set<String> live = channels.stream().map(Channel::id).collect(Collectors.toSet());
      host.reconcile(id -> live.contains(id) || dialer.dialling(id));
      return null;
    }).onFailure(f -> LOG.warn("queues: could not list channels to reconcile after a reconnect: {}",
        f.getMessage())).mapEmpty();
  }

  /** Hangs up callbacks in progress, stops ticking and closes the queue_log; on the engine's context. */
  public Future<Void> close() {
    dialer.release();
    members.release();
    host.stop();
    return file.map(QueueLogFile::close).orElse(Future.succeededFuture());
  }
}
