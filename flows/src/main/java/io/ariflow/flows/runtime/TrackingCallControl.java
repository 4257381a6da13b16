package io.ariflow.flows.runtime;

import io.ariflow.flows.port.CallControl;
import io.ariflow.flows.port.OutboundChannel;
import io.ariflow.flows.port.RecordRequest;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Passes every command through and remembers the channels and bridges the run created, so the app's event
 * router can ask {@link FlowRun#owns(String)} whose events they are (ids are recorded before the command is
 * sent: their events may arrive before its answer).
 */
final class TrackingCallControl implements CallControl {

  private final CallControl delegate;
  private final Set<String> created;

  TrackingCallControl(CallControl delegate, Set<String> created) {
    this.delegate = delegate;
    this.created = created;
  }

  @Override
  public Future<Void> answer(String channelId) {
    return delegate.answer(channelId);
  }

  @Override
  public Future<Void> ring(String channelId) {
    return delegate.ring(channelId);
  }

  @Override
  public Future<Void> ringStop(String channelId) {
    return delegate.ringStop(channelId);
  }

  @Override
  public Future<Void> progress(String channelId) {
    return delegate.progress(channelId);
  }

  @Override
  public Future<Void> hangup(String channelId, String reason) {
    return delegate.hangup(channelId, reason);
  }

  @Override
  public Future<Void> continueInDialplan(String channelId, String context, String extension, Integer priority) {
    return delegate.continueInDialplan(channelId, context, extension, priority);
  }

  @Override
  public Future<Void> play(String playbackId, String targetUri, List<String> media, String lang) {
    return delegate.play(playbackId, targetUri, media, lang);
  }

  @Override
  public Future<Void> stopPlayback(String playbackId) {
    return delegate.stopPlayback(playbackId);
  }

  @Override
  public Future<Void> record(String channelId, RecordRequest request) {
    return delegate.record(channelId, request);
  }

  @Override
  public Future<Void> stopRecording(String name) {
    return delegate.stopRecording(name);
  }

  @Override
  public Future<Optional<String>> getVar(String channelId, String name) {
    return delegate.getVar(channelId, name);
  }

  @Override
  public Future<Void> setVar(String channelId, String name, String value) {
    return delegate.setVar(channelId, name, value);
  }

  @Override
  public Future<Void> createChannel(OutboundChannel channel) {
    created.add(channel.channelId());
    return delegate.createChannel(channel);
  }

  @Override
  public Future<Void> dial(String channelId, String callerChannelId, Duration timeout) {
    return delegate.dial(channelId, callerChannelId, timeout);
  }

  @Override
  public Future<Void> createBridge(String bridgeId, String type) {
    created.add(bridgeId);
    return delegate.createBridge(bridgeId, type);
  }

  @Override
  public Future<Void> addChannel(String bridgeId, String channelId) {
    return delegate.addChannel(bridgeId, channelId);
  }

  @Override
  public Future<Void> removeChannel(String bridgeId, String channelId) {
    return delegate.removeChannel(bridgeId, channelId);
  }

  @Override
  public Future<Void> destroyBridge(String bridgeId) {
    return delegate.destroyBridge(bridgeId);
  }

  @Override
  public Future<Void> sendDtmf(String channelId, String digits) {
    return delegate.sendDtmf(channelId, digits);
  }
}
