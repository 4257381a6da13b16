package io.ariflow.flows.runtime;

import io.ariflow.flows.port.CallControl;
import io.ariflow.flows.port.CallControlFailure;
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
 * sent: their events may arrive before its answer). A refusal is tagged with the object the command was
 * about ({@link CallControlFailure#subject()}), so a 404 about a leg, a playback or a bridge is never read as
 * the caller hanging up. ARI answers addChannel with 404 only for a missing bridge (an unknown channel is
 * 400), so bridge membership commands are about the bridge.
 */
final class TrackingCallControl implements CallControl {

  private final CallControl delegate;
  private final Set<String> created;

  TrackingCallControl(CallControl delegate, Set<String> created) {
    this.delegate = delegate;
    this.created = created;
  }

  /** Tags a refusal of {@code command} with its {@code subject} (an id already tagged is kept). */
  private static <T> Future<T> about(Future<T> command, String subject) {
    return command.recover(failure -> Future.failedFuture(failure instanceof CallControlFailure refused
        && refused.subject().isEmpty() ? refused.about(subject) : failure));
  }

  /** The id in a playback target such as {@code channel:abc} or {@code bridge:xyz}. */
  private static String target(String targetUri) {
    return targetUri.substring(targetUri.indexOf(':') + 1);
  }

  @Override
  public Future<Void> answer(String channelId) {
    return about(delegate.answer(channelId), channelId);
  }

  @Override
  public Future<Void> ring(String channelId) {
    return about(delegate.ring(channelId), channelId);
  }

  @Override
  public Future<Void> ringStop(String channelId) {
    return about(delegate.ringStop(channelId), channelId);
  }

  @Override
  public Future<Void> progress(String channelId) {
    return about(delegate.progress(channelId), channelId);
  }

  @Override
  public Future<Void> hangup(String channelId, String reason) {
    return about(delegate.hangup(channelId, reason), channelId);
  }

  @Override
  public Future<Void> continueInDialplan(String channelId, String context, String extension, Integer priority) {
    return about(delegate.continueInDialplan(channelId, context, extension, priority), channelId);
  }

  @Override
  public Future<Void> play(String playbackId, String targetUri, List<String> media, String lang) {
    return about(delegate.play(playbackId, targetUri, media, lang), target(targetUri));
  }

  @Override
  public Future<Void> stopPlayback(String playbackId) {
    return about(delegate.stopPlayback(playbackId), playbackId);
  }

  @Override
  public Future<Void> record(String channelId, RecordRequest request) {
    return about(delegate.record(channelId, request), channelId);
  }

  @Override
  public Future<Void> stopRecording(String name) {
    return about(delegate.stopRecording(name), name);
  }

  @Override
  public Future<Optional<String>> getVar(String channelId, String name) {
    return about(delegate.getVar(channelId, name), channelId);
  }

  @Override
  public Future<Void> setVar(String channelId, String name, String value) {
    return about(delegate.setVar(channelId, name, value), channelId);
  }

  @Override
  public Future<Void> createChannel(OutboundChannel channel) {
    created.add(channel.channelId());
    return about(delegate.createChannel(channel), channel.channelId());
  }

  @Override
  public Future<Void> dial(String channelId, String callerChannelId, Duration timeout) {
    return about(delegate.dial(channelId, callerChannelId, timeout), channelId);
  }

  @Override
  public Future<Void> createBridge(String bridgeId, String type) {
    created.add(bridgeId);
    return about(delegate.createBridge(bridgeId, type), bridgeId);
  }

  @Override
  public Future<Void> addChannel(String bridgeId, String channelId) {
    return about(delegate.addChannel(bridgeId, channelId), bridgeId);
  }

  @Override
  public Future<Void> removeChannel(String bridgeId, String channelId) {
    return about(delegate.removeChannel(bridgeId, channelId), bridgeId);
  }

  @Override
  public Future<Void> destroyBridge(String bridgeId) {
    return about(delegate.destroyBridge(bridgeId), bridgeId);
  }

  @Override
  public Future<Void> sendDtmf(String channelId, String digits) {
    return about(delegate.sendDtmf(channelId, digits), channelId);
  }

  @Override
  public Future<Void> startMoh(String channelId, String mohClass) {
    return about(delegate.startMoh(channelId, mohClass), channelId);
  }

  @Override
  public Future<Void> stopMoh(String channelId) {
    return about(delegate.stopMoh(channelId), channelId);
  }
}
