package io.ariflow.app.engine;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.app.config.LostChannelPolicy;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.request.applications.ApplicationsGet;
import io.ariflow.model.request.bridges.BridgesList;
import io.ariflow.model.request.channels.ChannelsList;
import io.ariflow.model.request.playbacks.PlaybacksGet;
import io.ariflow.model.resource.Application;
import io.ariflow.model.resource.Bridge;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the engine's picture after every (re)connect, because Asterisk does not replay the events
 * sent while the WebSocket was down: calls that hung up in the gap are closed, operations whose end
 * event was lost are completed, channels that entered Stasis in the gap are handled, and channels
 * whose handling was lost (a restart of ariflow) follow the configured {@link LostChannelPolicy}. The
 * objects a call claimed are checked too ({@link ClaimRecovery}), so a run never waits for a lost event.
 */
final class Reconciler {
  private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

  /** What one reconciliation found and did, for logs and tests. */
  record Report(int tracked, int vanished, int resynced, int adopted, int lost, int bridges) {}

  private final AriRestClient rest;
  private final String app;
  private final Calls calls;
  private final Bridges bridges;
  private final EventRouter router;
  private final LostChannelPolicy policy;
  private final ClaimRecovery claims;
  private final ObjectOwners objects;
  private final Grace grace;

  /**
   * Waits before channels found in our app without an owner are judged: their StasisStart may still be
   * on its way (the snapshot can overtake the event), and a call that just arrived must not be taken for
   * a leftover of an earlier run. Tests settle at once.
   */
  @FunctionalInterface
  interface Grace {
    Future<Void> elapse();

    Grace NONE = Future::succeededFuture;
  }

  Reconciler(AriRestClient rest, String app, Calls calls, Bridges bridges, EventRouter router,
      LostChannelPolicy policy) {
    this(rest, app, calls, bridges, router, policy, new ObjectOwners(), Grace.NONE);
  }

  /** As above; channels {@code objects} owns (room participants, snoops) are never taken for lost calls. */
  Reconciler(AriRestClient rest, String app, Calls calls, Bridges bridges, EventRouter router,
      LostChannelPolicy policy, ObjectOwners objects, Grace grace) {
    this.objects = objects;
    this.grace = grace;
    this.rest = rest;
    this.app = app;
    this.calls = calls;
    this.bridges = bridges;
    this.router = router;
    this.policy = policy;
    this.claims = new ClaimRecovery(rest, calls);
  }

  /** Runs one reconciliation; {@code generation} is the connection generation that triggered it. */
  Future<Report> reconcile(long generation) {
    Set<String> trackedBefore = calls.channelIds();
    Map<String, Set<String>> claimedBefore = claimedBy(trackedBefore);
    String lastSeen = router.lastTimestamp();
    return rest.send(ApplicationsGet.of(app))
        .compose(application -> rest.send(ChannelsList.of())
            .compose(channels -> rest.send(BridgesList.of())
                .compose(bridgeList -> apply(application, channels, bridgeList,
                    new Before(trackedBefore, claimedBefore, lastSeen)))))
        .onSuccess(report -> LOG.info("reconciled after connect #{}: {}", generation, report))
        .onFailure(failure -> LOG.error("reconciliation after connect #{} failed: {}", generation,
            failure.getMessage()));
  }

  /**
   * What the engine owned when the snapshots were requested. Only that can be judged by them: a call or a
   * leg that started while the requests were in flight is simply absent from the answers, not gone.
   */
  private record Before(Set<String> tracked, Map<String, Set<String>> claims, String lastSeen) {}

  private Map<String, Set<String>> claimedBy(Set<String> callIds) {
    Map<String, Set<String>> claimed = new HashMap<>();
    callIds.forEach(id -> calls.get(id).ifPresent(call -> claimed.put(id, Set.copyOf(call.claims().open().keySet()))));
    return claimed;
  }

  private Future<Report> apply(Application application, List<Channel> channels, List<Bridge> bridgeList,
      Before before) {
    Set<String> trackedBefore = before.tracked();
    String lastSeen = before.lastSeen();
    Set<String> inApp = new HashSet<>(orEmpty(application.channelIds()));
    Map<String, Channel> byId = channels.stream().collect(Collectors.toMap(Channel::id, Function.identity(),
        (a, b) -> a));
    StandInEvents standIns = new StandInEvents(app, router.lastTimestamp());
    int vanished = closeVanished(trackedBefore, inApp, standIns);
    int resynced = resyncTracked(inApp, byId, bridgeIdsOf(bridgeList), standIns, before.claims());
    List<Channel> unowned = inApp.stream().map(byId::get).filter(Objects::nonNull)
        .filter(channel -> !accountedFor(channel.id())).toList();
    int bridgeCount = bridges.reconcile(orEmpty(application.bridgeIds()), bridgeList);
    Future<Void> waited = unowned.isEmpty() ? Future.succeededFuture() : grace.elapse();
    return waited.map(v -> {
      List<Channel> stillUnowned = unowned.stream().filter(channel -> !accountedFor(channel.id())).toList();
      int adopted = adoptOrApplyPolicy(stillUnowned, lastSeen);
      return new Report(trackedBefore.size(), vanished, resynced, adopted, stillUnowned.size() - adopted,
          bridgeCount);
    });
  }

  private boolean accountedFor(String channelId) {
    return calls.owner(channelId).isPresent() || calls.recentlyEnded(channelId) || objects.claimed(channelId);
  }

  /** Channels created after the last event we saw entered Stasis in the gap; the others were lost. */
  private int adoptOrApplyPolicy(List<Channel> unowned, String lastSeen) {
    int adopted = 0;
    for (Channel channel : unowned) {
      if (lastSeen != null && AriTimestamps.isAfter(channel.creationtime(), lastSeen)) {
        adopt(channel);
        adopted++;
      } else {
        applyPolicy(channel);
      }
    }
    return adopted;
  }

  private int closeVanished(Set<String> trackedBefore, Set<String> inApp, StandInEvents standIns) {
    int n = 0;
    for (String id : trackedBefore) {
      Optional<Call> call = calls.get(id);
      if (!inApp.contains(id) && call.isPresent()) {
        calls.vanished(id, "gone from Asterisk while the events connection was down",
            standIns.stasisEnd(call.get().channel()));
        n++;
      }
    }
    return n;
  }

  private int resyncTracked(Set<String> inApp, Map<String, Channel> byId, Set<String> bridgeIds,
      StandInEvents standIns, Map<String, Set<String>> claimedBefore) {
    int n = 0;
    for (String id : inApp) {
      Channel snapshot = byId.get(id);
      Optional<Call> call = calls.get(id);
      if (snapshot != null && call.isPresent()) {
        call.get().resync(snapshot);
        probeWaiters(call.get());
        claims.recover(call.get(), byId, bridgeIds, standIns, claimedBefore.getOrDefault(id, Set.of()));
        n++;
      }
    }
    return n;
  }

  private static Set<String> bridgeIdsOf(List<Bridge> bridgeList) {
    return bridgeList.stream().map(Bridge::id).collect(Collectors.toSet());
  }

  /** A playback we still await but Asterisk no longer knows has finished while we were away. */
  private void probeWaiters(Call call) {
    for (String playbackId : call.waiters().pending()) {
      rest.send(PlaybacksGet.of(playbackId))
          .onFailure(failure -> {
            if (failure instanceof Gone) {
              LOG.info("call={} playback {} ended while disconnected; continuing", call.id(), playbackId);
              call.waiters().lost(playbackId);
            }
          });
    }
  }

  /** Its StasisStart arrived while we were disconnected: handle it as a new call. */
  private void adopt(Channel channel) {
    LOG.info("channel={} entered Stasis while disconnected; handling it now", channel.id());
    List<String> args = StasisAppData.args(channel);
    calls.start(channel, StasisArgs.parse(args), new StasisStart(app, null, null, args, channel, null));
  }

  private void applyPolicy(Channel channel) {
    boolean leg = StasisArgs.parse(StasisAppData.args(channel)).legOwner().isPresent();
    String why = leg
        ? "is a leg we created for a call whose handling was lost (ariflow restarted); legs are never continued"
        : "is in Stasis but its handling was lost (ariflow restarted or missed its start)";
    Future<Void> done = policy == LostChannelPolicy.HANGUP || leg
        ? calls.failSafe().hangup(channel.id(), why)
        : calls.failSafe().continueOrHangup(channel.id(), why);
    done.onFailure(f -> LOG.error("channel={} lost-channel policy failed: {}", channel.id(), f.getMessage()));
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
