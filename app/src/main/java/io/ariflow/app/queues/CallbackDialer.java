package io.ariflow.app.queues;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.app.flows.AriCallControl;
import io.ariflow.flows.load.queue.DeclaredQueue;
import io.ariflow.flows.load.queue.QueueExtras;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.model.event.AriEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out what the queues decide for callers who are not on the line: callbacks (ring the agent, dial the
 * caller back, bridge them, report every result) and the agent-wide commands (state changes and wrap-ups, logged
 * for operators). One {@link CallbackCall} per callback, its legs claimed in {@link ObjectOwners} so their events
 * come here; a callback is forgotten once its queue no longer holds it.
 */
final class CallbackDialer implements EventOwner {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackDialer.class);

  private final QueueHost host;
  private final AriRestClient rest;
  private final String app;
  private final ObjectOwners objects;
  private final IdGenerator ids;
  private final Timers timers;
  private final Map<String, CallbackCall> calls = new HashMap<>();
  private final Map<String, Set<String>> claimed = new HashMap<>();

  CallbackDialer(QueueHost host, AriRestClient rest, String app, ObjectOwners objects, IdGenerator ids,
      Timers timers) {
    this.host = host;
    this.rest = rest;
    this.app = app;
    this.objects = objects;
    this.ids = ids;
    this.timers = timers;
  }

  /** One command no queue step carries out. */
  void handle(QueueCommand command) {
    if (command instanceof QueueCommand.Offer offer && offer.callbackNumber().isPresent()) {
      callFor(offer.callId(), offer.callbackNumber().get()).ifPresent(call -> call.ringAgent(offer.agents().get(0)));
    } else if (command instanceof QueueCommand.DialCallback dial) {
      known(dial.callId()).ifPresent(CallbackCall::dialCaller);
    } else if (command instanceof QueueCommand.Connect connect) {
      known(connect.callId()).ifPresentOrElse(CallbackCall::connect,
          () -> LOG.debug("queues: {} for a call no step follows any more", command));
    } else if (command instanceof QueueCommand.CancelOffer cancel) {
      known(cancel.callId()).ifPresent(call -> call.withdraw(cancel.reason().name()));
    } else if (command instanceof QueueCommand.AgentStateChanged change) {
      LOG.info("agent={} {} -> {}{}", change.agentId(), change.from(), change.to(),
          change.reason().map(r -> " (" + r + ")").orElse(""));
    } else {
      LOG.debug("queues: {} has no one to carry it out", command);
    }
  }

  /** Whether {@code callId} is a callback being dialled (it counts as live when reconciling). */
  boolean dialling(String callId) {
    return Optional.ofNullable(calls.get(callId)).filter(c -> c.stage() != CallbackCall.Stage.IDLE).isPresent();
  }

  private Optional<CallbackCall> callFor(String callId, String number) {
    CallbackCall existing = calls.get(callId);
    if (existing != null) {
      return Optional.of(existing);
    }
    Optional<QueueExtras> extras = host.queueOf(callId).flatMap(host::queue).map(DeclaredQueue::extras);
    if (extras.isEmpty()) {
      LOG.warn("queues: callback {} belongs to no queue any more", callId);
      return Optional.empty();
    }
    Set<String> ids = new HashSet<>();
    claimed.put(callId, ids);
    AriCallControl control = new AriCallControl(rest, app, callId, (kind, id) -> {
      ids.add(id);
      objects.claim(id, this);
    });
    CallbackCall call = new CallbackCall(callId, number, extras.get(), control, this.ids, timers,
        input -> report(callId, input));
    calls.put(callId, call);
    return Optional.of(call);
  }

  private Optional<CallbackCall> known(String callId) {
    return Optional.ofNullable(calls.get(callId));
  }

  private void report(String callId, QueueInput input) {
    Optional<String> queue = host.queueOf(callId);
    queue.ifPresent(q -> host.send(q, input));
    if (host.queueOf(callId).isEmpty()) {
      forget(callId);
    }
  }

  private void forget(String callId) {
    CallbackCall call = calls.remove(callId);
    if (call != null) {
      call.hangUpAll();
    }
    claimed.getOrDefault(callId, Set.of()).forEach(id -> objects.release(id, this));
    claimed.remove(callId);
    host.callbackDone(callId);
  }

  @Override
  public void onEvent(AriEvent event) {
    List.copyOf(calls.values()).forEach(call -> call.onEvent(event));
  }

  /** Hangs up every callback in progress (the engine stops). */
  void release() {
    List.copyOf(calls.keySet()).forEach(this::forget);
  }

  @Override
  public String toString() {
    return "queue callbacks";
  }
}
