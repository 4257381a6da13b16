package io.ariflow.app.flows;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.app.engine.CallSession;
import io.ariflow.app.engine.ResourceKind;
import io.ariflow.app.engine.StasisArgs;
import io.ariflow.flows.port.CallControl;
import io.ariflow.flows.port.OutboundChannel;
import io.ariflow.flows.port.RecordRequest;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.request.bridges.BridgesAddChannel;
import io.ariflow.model.request.bridges.BridgesCreateWithId;
import io.ariflow.model.request.bridges.BridgesDestroy;
import io.ariflow.model.request.bridges.BridgesPlayWithId;
import io.ariflow.model.request.bridges.BridgesRemoveChannel;
import io.ariflow.model.request.channels.ChannelsAnswer;
import io.ariflow.model.request.channels.ChannelsContinueInDialplan;
import io.ariflow.model.request.channels.ChannelsDial;
import io.ariflow.model.request.channels.ChannelsGetChannelVar;
import io.ariflow.model.request.channels.ChannelsHangup;
import io.ariflow.model.request.channels.ChannelsPlayWithId;
import io.ariflow.model.request.channels.ChannelsProgress;
import io.ariflow.model.request.channels.ChannelsRing;
import io.ariflow.model.request.channels.ChannelsRingStop;
import io.ariflow.model.request.channels.ChannelsSendDTMF;
import io.ariflow.model.request.channels.ChannelsSetChannelVar;
import io.ariflow.model.request.channels.ChannelsStartMoh;
import io.ariflow.model.request.channels.ChannelsStopMoh;
import io.ariflow.model.request.playbacks.PlaybacksStop;
import io.ariflow.model.request.recordings.RecordingsStop;
import io.ariflow.model.resource.Variable;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The flows' {@link CallControl} for one call, over the ARI REST client. Every object the run creates
 * (leg, bridge, playback, recording) is claimed for the call <em>before</em> its command is sent, so its
 * events reach the run even when they beat the command's answer. A hangup or continue of the caller's
 * channel releases it, so the engine does not try to rescue it. Failures become {@code CallControlFailure}s.
 * Owners that are not calls (a queue dialling a callback) use it too, claiming through their own index.
 */
public final class AriCallControl implements CallControl {

  private static final String CHANNEL = "channel:";
  private static final String BRIDGE = "bridge:";
  /** The one 404 that is an answer, not a failure (traces: variables-and-continue). */
  private static final String NO_SUCH_VARIABLE = "Provided variable was not found";

  private final AriRestClient rest;
  private final String app;
  private final String ownerId;
  private final BiConsumer<ResourceKind, String> claims;
  private final Consumer<String> released;

  /** Commands for {@code call}; legs are created in Stasis application {@code app}. */
  public AriCallControl(AriRestClient rest, CallSession call, String app) {
    this(rest, app, call.callId(), call::claim, channelId -> {
      if (channelId.equals(call.callId())) {
        call.markReleased();
      }
    });
  }

  /**
   * Commands for an owner that is not a call (a queue dialling a callback): every object is claimed through
   * {@code claim} before its command, legs enter Stasis marked as legs of {@code ownerId}.
   */
  public AriCallControl(AriRestClient rest, String app, String ownerId, BiConsumer<ResourceKind, String> claim) {
    this(rest, app, ownerId, claim, channelId -> { });
  }

  private AriCallControl(AriRestClient rest, String app, String ownerId, BiConsumer<ResourceKind, String> claims,
      Consumer<String> released) {
    this.rest = rest;
    this.app = app;
    this.ownerId = ownerId;
    this.claims = claims;
    this.released = released;
  }

  @Override
  public Future<Void> answer(String channelId) {
    return send(ChannelsAnswer.of(channelId));
  }

  @Override
  public Future<Void> ring(String channelId) {
    return send(ChannelsRing.of(channelId));
  }

  @Override
  public Future<Void> ringStop(String channelId) {
    return send(ChannelsRingStop.of(channelId));
  }

  @Override
  public Future<Void> progress(String channelId) {
    return send(ChannelsProgress.of(channelId));
  }

  @Override
  public Future<Void> hangup(String channelId, String reason) {
    return releasing(channelId, send(ChannelsHangup.of(channelId).withReason(reason)));
  }

  @Override
  public Future<Void> continueInDialplan(String channelId, String context, String extension, Integer priority) {
    return releasing(channelId, send(ChannelsContinueInDialplan.of(channelId).withContext(context)
        .withExtension(extension).withPriority(priority)));
  }

  @Override
  public Future<Void> play(String playbackId, String targetUri, List<String> media, String lang) {
    claims.accept(ResourceKind.PLAYBACK, playbackId);
    if (targetUri.startsWith(BRIDGE)) {
      return send(BridgesPlayWithId.of(targetUri.substring(BRIDGE.length()), playbackId, media).withLang(lang));
    }
    String channelId = targetUri.startsWith(CHANNEL) ? targetUri.substring(CHANNEL.length()) : targetUri;
    return send(ChannelsPlayWithId.of(channelId, playbackId, media).withLang(lang));
  }

  @Override
  public Future<Void> stopPlayback(String playbackId) {
    return send(PlaybacksStop.of(playbackId));
  }

  @Override
  public Future<Void> record(String channelId, RecordRequest request) {
    claims.accept(ResourceKind.RECORDING, request.name());
    return send(Recordings.start(channelId, request));
  }

  @Override
  public Future<Void> stopRecording(String name) {
    return send(RecordingsStop.of(name));
  }

  @Override
  public Future<Optional<String>> getVar(String channelId, String name) {
    Future<Optional<String>> read = rest.send(ChannelsGetChannelVar.of(channelId, name))
        .map(variable -> Optional.ofNullable(variable).map(Variable::value));
    return CallControlFailures.translated(read.recover(AriCallControl::unsetAsEmpty));
  }

  @Override
  public Future<Void> setVar(String channelId, String name, String value) {
    return send(ChannelsSetChannelVar.of(channelId, name).withValue(value));
  }

  @Override
  public Future<Void> createChannel(OutboundChannel channel) {
    claims.accept(ResourceKind.CHANNEL, channel.channelId());
    return send(Legs.create(channel, app, StasisArgs.legOf(ownerId)));
  }

  @Override
  public Future<Void> dial(String channelId, String callerChannelId, Duration timeout) {
    Integer seconds = timeout == null ? null : (int) Math.max(1, timeout.toSeconds());
    return send(ChannelsDial.of(channelId).withCaller(callerChannelId).withTimeout(seconds));
  }

  @Override
  public Future<Void> createBridge(String bridgeId, String type) {
    claims.accept(ResourceKind.BRIDGE, bridgeId);
    return send(BridgesCreateWithId.of(bridgeId).withTypeParam(type));
  }

  @Override
  public Future<Void> addChannel(String bridgeId, String channelId) {
    return send(BridgesAddChannel.of(bridgeId, List.of(channelId)));
  }

  @Override
  public Future<Void> removeChannel(String bridgeId, String channelId) {
    return send(BridgesRemoveChannel.of(bridgeId, List.of(channelId)));
  }

  @Override
  public Future<Void> destroyBridge(String bridgeId) {
    return send(BridgesDestroy.of(bridgeId));
  }

  @Override
  public Future<Void> sendDtmf(String channelId, String digits) {
    return send(ChannelsSendDTMF.of(channelId).withDtmf(digits));
  }

  @Override
  public Future<Void> startMoh(String channelId, String mohClass) {
    return send(ChannelsStartMoh.of(channelId).withMohClass(mohClass));
  }

  @Override
  public Future<Void> stopMoh(String channelId) {
    return send(ChannelsStopMoh.of(channelId));
  }

  private Future<Void> send(AriRequest<?> request) {
    return CallControlFailures.translated(rest.send(request).mapEmpty());
  }

  private Future<Void> releasing(String channelId, Future<Void> command) {
    return command.onSuccess(done -> released.accept(channelId));
  }

  /** Asterisk's 404 for a variable that is not set is an answer (empty); a 404 for the channel is not. */
  private static Future<Optional<String>> unsetAsEmpty(Throwable failure) {
    boolean unset = failure instanceof Gone gone && gone.body() != null && gone.body().contains(NO_SUCH_VARIABLE);
    return unset ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(failure);
  }
}
