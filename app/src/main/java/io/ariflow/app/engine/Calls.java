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
 * The calls the engine owns, by channel id: starts a handler on StasisStart, hands each later event to
 * its call, and forgets the call when nothing more can happen to it. A failure in one call is contained
 * there and rescued by the {@link FailSafe}; it never reaches another call.
 */
final class Calls {
  private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

  private static final int RECENTLY_ENDED = 4096;

  private final Map<String, Call> byChannel = new HashMap<>();
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

  /** A channel entered our application: a new call, or an event for one we already own. */
  void stasisStart(StasisStart event) {
    Call known = byChannel.get(event.channel().id());
    if (known != null) {
      deliver(known, event);
      return;
    }
    start(event.channel(), StasisArgs.parse(event.args()), event);
  }

  /** Starts owning a channel that is in Stasis; {@code entry} is its StasisStart (real or rebuilt). */
  void start(Channel channel, StasisArgs args, AriEvent entry) {
    Call call = new Call(channel, args, rest, ids);
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

  /** Delivers an event to the call owning {@code channelId}, if any. */
  void route(String channelId, AriEvent event) {
    Call call = byChannel.get(channelId);
    if (call != null) {
      deliver(call, event);
    }
  }

  private void deliver(Call call, AriEvent event) {
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

  /** Forgets a call whose channel is gone; fails whatever its handler awaits. */
  void vanished(String channelId, String how) {
    Optional.ofNullable(byChannel.get(channelId)).ifPresent(call -> end(call, how));
  }

  private void end(Call call, String how) {
    byChannel.remove(call.id());
    recentlyEnded.put(call.id(), Boolean.TRUE);
    call.waiters().failAll(new CallEnded(call.id(), how));
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
