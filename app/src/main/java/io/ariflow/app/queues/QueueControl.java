package io.ariflow.app.queues;

import io.ariflow.flows.load.queue.DeclaredQueue;
import io.ariflow.flows.queue.AgentMessage;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.engine.QueuedCaller;
import io.ariflow.flows.queue.stats.QueueStatistics;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What supervisors and agent desktops do with the queues at run time (the control API will sit on top): agents
 * log in on an endpoint, log out, pause with a reason and unpause, and anyone may read the queues' callers,
 * agents and statistics. Safe to call from any thread: every operation runs on the engine's context. A refused
 * operation (an agent no queue declares, a transition the agent's state does not allow) fails with its reason.
 */
public final class QueueControl {

  private final Context home;
  private final QueueHost host;

  QueueControl(Context home, QueueHost host) {
    this.home = home;
    this.host = host;
  }

  /** Logs a dynamic agent in on {@code endpoint} (e.g. {@code PJSIP/3001}), available. */
  public Future<Void> login(String agentId, String endpoint) {
    return login(agentId, endpoint, Optional.empty());
  }

  /** Logs a dynamic agent in on {@code endpoint}, paused with {@code pausedReason} when given. */
  public Future<Void> login(String agentId, String endpoint, Optional<String> pausedReason) {
    return onContext(() -> host.agent(new AgentMessage.Login(agentId, endpoint, pausedReason)));
  }

  /** Logs the agent out (after their call and wrap-up, when busy). */
  public Future<Void> logout(String agentId) {
    return onContext(() -> host.agent(new AgentMessage.Logout(agentId)));
  }

  /** Pauses the agent with {@code reason} (after their call, when busy). */
  public Future<Void> pause(String agentId, String reason) {
    return onContext(() -> host.agent(new AgentMessage.Pause(agentId, reason)));
  }

  /** Unpauses the agent. */
  public Future<Void> unpause(String agentId) {
    return onContext(() -> host.agent(new AgentMessage.Unpause(agentId)));
  }

  /** The queue names, in declaration order. */
  public Future<List<String>> queues() {
    return read(() -> host.hub().catalog().names());
  }

  /** A queue's running definition (empty for an unknown queue). */
  public Future<Optional<QueueDefinition>> definition(String queue) {
    return read(() -> host.hub().queue(queue).map(DeclaredQueue::definition));
  }

  /** A queue's statistics now (empty for an unknown queue). */
  public Future<Optional<QueueStatistics>> statistics(String queue) {
    return read(() -> host.hub().statistics(queue));
  }

  /** A queue's callers now: waiting in position order, then talking. */
  public Future<List<QueuedCaller>> callers(String queue) {
    return read(() -> host.hub().callers(queue));
  }

  /** Every known agent's state. */
  public Future<List<AgentView>> agents() {
    return read(() -> host.hub().agents());
  }

  /** One agent's state. */
  public Future<Optional<AgentView>> agent(String agentId) {
    return read(() -> host.hub().agents().stream().filter(a -> a.agentId().equals(agentId)).findFirst());
  }

  private <T> Future<T> read(Supplier<T> value) {
    return onContext(() -> Future.succeededFuture(value.get()));
  }

  private <T> Future<T> onContext(Supplier<Future<T>> action) {
    Promise<T> done = Promise.promise();
    home.runOnContext(v -> {
      try {
        action.get().onComplete(done);
      } catch (RuntimeException e) {
        done.fail(e);
      }
    });
    return done.future();
  }
}
