package io.ariflow.app.engine;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.flows.state.ChannelLife;
import io.ariflow.flows.state.ChannelStateMachine;
import io.ariflow.flows.state.Outcome;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.HasPlayback;
import io.ariflow.model.resource.Channel;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of a call: the channel that entered our Stasis application, its state machine, the
 * waiters of the operations it started and the handler that drives it. Runs only on the engine's
 * context and in event arrival order, so it needs no lock.
 */
final class Call {
  private static final Logger LOG = LoggerFactory.getLogger(Call.class);

  private final String id;
  private final StasisArgs args;
  private final ChannelStateMachine machine;
  private final EventWaiters waiters = new EventWaiters();
  private final CallSession session;
  private Channel channel;
  private boolean released;

  Call(Channel channel, StasisArgs args, AriRestClient rest, Supplier<String> ids) {
    this.id = channel.id();
    this.channel = channel;
    this.args = args;
    this.machine = ChannelStateMachine.of(channel);
    this.session = new AriCallSession(this, rest, ids);
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

  CallSession session() {
    return session;
  }

  ChannelStateMachine machine() {
    return machine;
  }

  /** Applies one event of this call, in arrival order. */
  void onEvent(AriEvent event) {
    if (event instanceof HasChannel withChannel && id.equals(withChannel.channel().id())) {
      channel = withChannel.channel();
    }
    Outcome outcome = machine.apply(event);
    if (outcome instanceof Outcome.Illegal illegal) {
      LOG.warn("call={} event {} does not fit the channel's state; not applied: {}", id, event.type(),
          illegal.transition());
    }
    if (event instanceof HasPlayback withPlayback) {
      waiters.offer(withPlayback.playback().id(), event);
    }
  }

  /** The handler hung the channel up or sent it back to the dialplan: it is no longer ours to rescue. */
  void markReleased() {
    released = true;
  }

  /** True while the channel is in our application and nobody has released it. */
  boolean needsRescue() {
    return !released && machine.commandable();
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
}
