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

/**
 * The flows' {@link CallControl} for one call, over the ARI REST client. Every object the run creates
 * (leg, bridge, playback, recording) is claimed for the call <em>before</em> its command is sent, so its
 * events reach the run even when they beat the command's answer. A hangup or continue of the caller's
 * channel releases it, so the engine does not try to rescue it. Failures become {@code CallControlFailure}s.
 */
public final class AriCallControl implements CallControl {

  private static final String CHANNEL = "channel:";
  private static final String BRIDGE = "bridge:";
  /** The one 404 that is an answer, not a failure (traces: variables-and-continue). */
  private static final String NO_SUCH_VARIABLE = "Provided variable was not found";

  private final AriRestClient rest;
  private final CallSession call;
  private final String app;

  /** Commands for {@code call}; legs are created in Stasis application {@code app}. */
  public AriCallControl(AriRestClient rest, CallSession call, String app) {
    this.rest = rest;
    this.call = call;
    this.app = app;
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
    call.claim(ResourceKind.PLAYBACK, playbackId);
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
    call.claim(ResourceKind.RECORDING, request.name());
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
    call.claim(ResourceKind.CHANNEL, channel.channelId());
    return send(Legs.create(channel, app, StasisArgs.legOf(call.callId())));
  }

  @Override
  public Future<Void> dial(String channelId, String callerChannelId, Duration timeout) {
    Integer seconds = timeout == null ? null : (int) Math.max(1, timeout.toSeconds());
    return send(ChannelsDial.of(channelId).withCaller(callerChannelId).withTimeout(seconds));
  }

  @Override
  public Future<Void> createBridge(String bridgeId, String type) {
    call.claim(ResourceKind.BRIDGE, bridgeId);
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
    return command.onSuccess(done -> {
      if (channelId.equals(call.callId())) {
        call.markReleased();
      }
    });
  }

  /** Asterisk's 404 for a variable that is not set is an answer (empty); a 404 for the channel is not. */
  private static Future<Optional<String>> unsetAsEmpty(Throwable failure) {
    boolean unset = failure instanceof Gone gone && gone.body() != null && gone.body().contains(NO_SUCH_VARIABLE);
    return unset ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(failure);
  }
}
