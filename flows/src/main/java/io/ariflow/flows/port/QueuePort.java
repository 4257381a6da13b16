package io.ariflow.flows.port;

import io.ariflow.flows.load.queue.DeclaredQueue;
import io.ariflow.flows.queue.AgentMessage;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueInput;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The queues as the {@code queue} step reaches them: the host owns the one contact center of the engine, applies
 * each message on its own context and hands every command it decides about a call to that call's listener, in
 * order. The step only talks about its own call; ticks, agents and callbacks are the host's business.
 */
public interface QueuePort {

  /** The declared queue named {@code name}, as the running contact center knows it. */
  Optional<DeclaredQueue> queue(String name);

  /**
   * Delivers every command about {@code callId} to {@code listener}, in decision order, until the registration is
   * closed. Register before joining: the answer to the join (Joined or Overflow) comes as a command.
   */
  Registration listen(String callId, Consumer<QueueCommand> listener);

  /**
   * Hands {@code input} to the queue named {@code queue}; completes once it is applied and the commands it
   * decided have been delivered. Fails only when no queue has that name.
   */
  Future<Void> send(String queue, QueueInput input);

  /**
   * Applies an agent login, logout, pause or unpause; fails with the reason when the queues refuse it (an agent
   * no queue declares, a change the agent's state does not allow).
   */
  Future<Void> agent(AgentMessage message);

  /** A listener registration; closing it twice is harmless. */
  @FunctionalInterface
  interface Registration {
    /** Stops delivering commands to the listener. */
    void close();
  }
}
