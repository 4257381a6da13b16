package io.ariflow.app.engine;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.resource.Channel;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls the engine owns, by channel id, and the objects each claimed: starts a handler on
 * StasisStart, hands each later event to its call, and forgets the call when nothing more can happen to
 * it. A failure in one call is contained there and rescued by the {@link FailSafe}; it never reaches
 * another call. StasisStart also fires for the legs our calls create: those go to their call.
 */
final class Calls implements ClaimIndex {
  private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

  private static final int RECENTLY_ENDED = 4096;

  private final Map<String, Call> byChannel = new HashMap<>();
  private final Map<String, Call> claimed = new HashMap<>();
  private final Map<String, Boolean> recentlyEnded = new LinkedHashMap<>(16, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > RECENTLY_ENDED;
    }
  };
  private final AriRestClient rest;
  private final CallHandler handler;
  private final Supplier<String> ids;
  private final FailSafe failSafe;

  Calls(AriRestClient rest, CallHandler handler, Supplier<String> ids) {
    this.rest = rest;
    this.handler = handler;
    this.ids = ids;
    this.failSafe = new FailSafe(rest);
  }

  /** A channel entered our application: a new call, a leg one of our calls created, or a repeat. */
  void stasisStart(StasisStart event) {
    Optional<Call> known = owner(event.channel().id());
    if (known.isPresent()) {
      deliver(known.get(), event);
      return;
    }
    start(event.channel(), StasisArgs.parse(event.args()), event);
  }

  /** Starts owning a channel that is in Stasis; {@code entry} is its StasisStart (real or rebuilt). */
  void start(Channel channel, StasisArgs args, AriEvent entry) {
    Optional<String> leg = args.legOwner();
    if (leg.isPresent()) {
      failSafe.hangup(channel.id(), "is a leg of call " + leg.get() + ", which is no longer ours")
          .onFailure(f -> LOG.error("channel={} orphan leg could not be hung up: {}", channel.id(), f.getMessage()));
      return;
    }
    Call call = new Call(channel, args, rest, ids, this);
    byChannel.put(call.id(), call);
    call.onEvent(entry);
    LOG.info("call={} entered Stasis from {} ({}), flow {}", call.id(), channel.name(), callerOf(channel),
        args.flowId().orElse("(none)"));
    runHandler(call);
  }

  private void runHandler(Call call) {
    Future<Void> handled;
    try {
      handled = handler.handle(call.session());
    } catch (RuntimeException e) {
      handled = Future.failedFuture(e);
    }
    handled.onComplete(result -> afterHandler(call, result));
  }

  private void afterHandler(Call call, AsyncResult<Void> result) {
    if (result.failed() && !(result.cause() instanceof CallEnded) && !FailSafe.alreadyOutOfOurHands(result.cause())) {
      LOG.error("call={} handler failed: {}", call.id(), result.cause().toString());
      rescueIfStillOurs(call, "handler failed");
    } else if (result.succeeded()) {
      rescueIfStillOurs(call, "handler finished without releasing the channel");
    }
  }

  private void rescueIfStillOurs(Call call, String why) {
    if (byChannel.get(call.id()) == call && call.needsRescue()) {
      failSafe.continueOrHangup(call.id(), why)
          .onFailure(f -> LOG.error("call={} could not be rescued: {}", call.id(), f.getMessage()));
    }
  }

  @Override
  public void claim(Call call, ResourceKind kind, String id) {
    if (byChannel.get(call.id()) != call) {
      LOG.warn("call={} claimed {} {} after it ended; its events will not be routed", call.id(), kind, id);
      return;
    }
    call.claims().claim(kind, id);
    claimed.put(id, call);
  }

  /** The call that owns {@code id}: the call of that channel, or the call that claimed that object. */
  Optional<Call> owner(String id) {
    Call call = byChannel.get(id);
    return Optional.ofNullable(call != null ? call : claimed.get(id));
  }

  /** Delivers an event to the call owning {@code id}, if any. */
  void route(String id, AriEvent event) {
    owner(id).ifPresent(call -> deliver(call, event));
  }

  /** Delivers an event to {@code call}; a failure is contained in that call. */
  void deliver(Call call, AriEvent event) {
    try {
      call.onEvent(event);
    } catch (RuntimeException e) {
      LOG.error("call={} failed on {}: {}", call.id(), event.type(), e.toString(), e);
      rescueIfStillOurs(call, "event handling failed");
    }
    if (call.finished()) {
      end(call, "left Stasis");
    }
  }

  /**
   * Forgets a call whose channel is gone (its end event was lost with the connection); the handler's
   * listeners first receive {@code standIn}, the end event the engine stands in for.
   */
  void vanished(String channelId, String how, AriEvent standIn) {
    Optional.ofNullable(byChannel.get(channelId)).ifPresent(call -> {
      try {
        call.dispatch(standIn);
      } catch (RuntimeException e) {
        LOG.error("call={} failed on its stand-in {}: {}", call.id(), standIn.type(), e.toString(), e);
      }
      end(call, how);
    });
  }

  private void end(Call call, String how) {
    byChannel.remove(call.id());
    call.claims().all().forEach(id -> claimed.remove(id, call));
    recentlyEnded.put(call.id(), Boolean.TRUE);
    call.waiters().failAll(new CallEnded(call.id(), how));
    call.end(how);
    LOG.info("call={} ended ({}), {} calls active", call.id(), how, byChannel.size());
  }

  Optional<Call> get(String channelId) {
    return Optional.ofNullable(byChannel.get(channelId));
  }

  /** True for a call that ended lately: a reconciliation snapshot taken before its end still lists it. */
  boolean recentlyEnded(String channelId) {
    return recentlyEnded.containsKey(channelId);
  }

  Set<String> channelIds() {
    return Set.copyOf(byChannel.keySet());
  }

  int size() {
    return byChannel.size();
  }

  FailSafe failSafe() {
    return failSafe;
  }

  private static String callerOf(Channel channel) {
    return channel.caller() == null ? "unknown caller" : "caller " + channel.caller().number();
  }
}
