package io.ariflow.app.engine;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.flows.state.ChannelLife;
import io.ariflow.flows.state.ChannelStateMachine;
import io.ariflow.flows.state.Outcome;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.HasPlayback;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of a call: the channel that entered our Stasis application, its state machine, the
 * objects it claimed, the waiters of the operations it started and the handler that drives it. Runs
 * only on the engine's context and in event arrival order, so it needs no lock.
 */
final class Call {
  private static final Logger LOG = LoggerFactory.getLogger(Call.class);

  private final String id;
  private final StasisArgs args;
  private final ChannelStateMachine machine;
  private final EventWaiters waiters = new EventWaiters();
  private final Claims claims = new Claims();
  private final List<Consumer<AriEvent>> listeners = new ArrayList<>();
  private final Promise<String> ended = Promise.promise();
  private final CallSession session;
  private Channel channel;
  private boolean released;

  Call(Channel channel, StasisArgs args, AriRestClient rest, Supplier<String> ids, ClaimIndex index) {
    this.id = channel.id();
    this.channel = channel;
    this.args = args;
    this.machine = ChannelStateMachine.of(channel);
    this.session = new AriCallSession(this, rest, ids, index);
  }

  String id() {
    return id;
  }

  Channel channel() {
    return channel;
  }

  StasisArgs args() {
    return args;
  }

  EventWaiters waiters() {
    return waiters;
  }

  Claims claims() {
    return claims;
  }

  CallSession session() {
    return session;
  }

  ChannelStateMachine machine() {
    return machine;
  }

  /** Applies one event of this call, in arrival order, then hands it to the handler's listeners. */
  void onEvent(AriEvent event) {
    if (event instanceof HasChannel withChannel && withChannel.channel() != null
        && id.equals(withChannel.channel().id())) {
      channel = withChannel.channel();
    }
    Outcome outcome = machine.apply(event);
    if (outcome instanceof Outcome.Illegal illegal) {
      LOG.warn("call={} event {} does not fit the channel's state; not applied: {}", id, event.type(),
          illegal.transition());
    }
    if (event instanceof HasPlayback withPlayback && withPlayback.playback() != null) {
      waiters.offer(withPlayback.playback().id(), event);
    }
    dispatch(event);
  }

  /** Hands an event to the listeners only: one the reconciliation stands in for, or the handler's own. */
  void dispatch(AriEvent event) {
    claims.observe(event);
    for (Consumer<AriEvent> listener : List.copyOf(listeners)) {
      listener.accept(event);
    }
  }

  void listen(Consumer<AriEvent> listener) {
    listeners.add(listener);
  }

  /** The handler hung the channel up or sent it back to the dialplan: it is no longer ours to rescue. */
  void markReleased() {
    released = true;
  }

  /** True while the channel is in our application, nobody has released it and the engine still owns it. */
  boolean needsRescue() {
    return !released && !ended.future().isComplete() && machine.commandable();
  }

  /** Replaces the snapshot after a reconnect, when the events in between may be lost. */
  void resync(Channel current) {
    channel = current;
  }

  /** True once the channel has left our application (hung up, destroyed or sent back to the dialplan). */
  boolean finished() {
    ChannelLife life = machine.life();
    return life == ChannelLife.LEFT_STASIS || life == ChannelLife.HUNG_UP || life == ChannelLife.DESTROYED;
  }

  /** Marks the call forgotten by the engine; {@code how} says why. */
  void end(String how) {
    ended.tryComplete(how);
  }

  /** Completes with how the call ended once the engine forgets it. */
  Future<String> ended() {
    return ended.future();
  }
}
