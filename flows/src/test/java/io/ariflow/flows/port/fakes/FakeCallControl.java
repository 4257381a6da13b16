package io.ariflow.flows.port.fakes;

import io.ariflow.flows.port.CallControl;
import io.ariflow.flows.port.CallControlFailure;
import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.port.OutboundChannel;
import io.ariflow.flows.port.RecordRequest;
import io.ariflow.model.event.AriEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link CallControl} that records every command, keeps what is live (playbacks, created channels,
 * bridges, recordings, ringing) and answers like Asterisk 22 in the traces: the events a command causes are
 * delivered at once, before its answer (ARI allows both orders); commands on gone objects fail with
 * {@link FailureKind#GONE}. Tests drive the far side with {@link #press}, {@link #callerHangsUp},
 * {@link #finishPlayback}, {@link #answerLeg} and so on, and check {@link #leftovers()}.
 */
public final class FakeCallControl implements CallControl {

  /** One command as sent. */
  public record Command(String op, List<Object> args) {
    @Override
    public String toString() {
      return op + args;
    }
  }

  private final String callerId;
  private final CommandJournal journal = new CommandJournal();
  private final Map<String, String> playbacks = new LinkedHashMap<>();
  private final Set<String> channels = new LinkedHashSet<>();
  private final List<String> created = new ArrayList<>();
  private final Set<String> bridges = new LinkedHashSet<>();
  private final Map<String, String> recordings = new LinkedHashMap<>();
  private final Map<String, String> variables = new HashMap<>();
  private Consumer<AriEvent> sink = event -> { };
  private boolean callerUp = true;
  private final Set<String> moh = new LinkedHashSet<>();
  private boolean ringing;

  /** A fake for the call whose caller channel is {@code callerId}. */
  public FakeCallControl(String callerId) {
    this.callerId = callerId;
  }

  /** Where events go (the run's {@code onEvent}). */
  public void connect(Consumer<AriEvent> events) {
    this.sink = events;
  }

  /** Delivers one event. */
  public void emit(AriEvent event) {
    sink.accept(event);
  }

  /** The next {@code op} command fails with {@code kind}. */
  public void failNext(String op, FailureKind kind) {
    journal.failNext(op, kind);
  }

  /** The next {@code op} command waits for the returned promise (its answer, and its effects, come later). */
  public Promise<Void> holdNext(String op) {
    return journal.holdNext(op);
  }

  /** Presets a channel variable for {@code getVar}. */
  public void variable(String name, String value) {
    variables.put(name, value);
  }

  @Override
  public Future<Void> answer(String channelId) {
    return command("answer", channelId).compose(ok -> {
      emit(AriEvents.stateChange(channelId, "Up"));
      return done();
    });
  }

  @Override
  public Future<Void> ring(String channelId) {
    return command("ring", channelId).onSuccess(ok -> ringing = true);
  }

  @Override
  public Future<Void> ringStop(String channelId) {
    return command("ringStop", channelId).onSuccess(ok -> ringing = false);
  }

  @Override
  public Future<Void> progress(String channelId) {
    return command("progress", channelId);
  }

  @Override
  public Future<Void> hangup(String channelId, String reason) {
    return command("hangup", channelId, reason).compose(ok -> {
      if (channelId.equals(callerId)) {
        callerGone(AriEvents.hangupRequest(callerId, 16));
      } else {
        legGone(channelId, 16);
      }
      return done();
    });
  }

  @Override
  public Future<Void> continueInDialplan(String channelId, String context, String extension, Integer priority) {
    return command("continue", channelId, context, extension, priority).compose(ok -> {
      callerUp = false;
      ringing = false;
      emit(AriEvents.stasisEnd(channelId));
      return done();
    });
  }

  @Override
  public Future<Void> play(String playbackId, String targetUri, List<String> media, String lang) {
    return command("play", playbackId, targetUri, media, lang).compose(ok -> {
      if (!targetLive(targetUri)) {
        return gone("Channel not found");
      }
      playbacks.put(playbackId, targetUri);
      emit(AriEvents.playbackStarted(playbackId, targetUri));
      return done();
    });
  }

  @Override
  public Future<Void> stopPlayback(String playbackId) {
    return command("stopPlayback", playbackId).compose(ok -> {
      String target = playbacks.remove(playbackId);
      if (target == null) {
        return gone("Playback not found");
      }
      emit(AriEvents.playbackFinished(playbackId, target, "done"));
      return done();
    });
  }

  @Override
  public Future<Void> record(String channelId, RecordRequest request) {
    return command("record", channelId, request).compose(ok -> {
      recordings.put(request.name(), "channel:" + channelId);
      emit(AriEvents.recordingStarted(request.name(), "channel:" + channelId));
      return done();
    });
  }

  @Override
  public Future<Void> stopRecording(String name) {
    return command("stopRecording", name).compose(ok -> {
      String target = recordings.remove(name);
      if (target == null) {
        return gone("Recording not found");
      }
      emit(AriEvents.recordingFinished(name, target, 0));
      return done();
    });
  }

  @Override
  public Future<Optional<String>> getVar(String channelId, String name) {
    return command("getVar", channelId, name).map(ok -> Optional.ofNullable(variables.get(name)));
  }

  @Override
  public Future<Void> setVar(String channelId, String name, String value) {
    return command("setVar", channelId, name, value).onSuccess(ok -> variables.put(name, value));
  }

  @Override
  public Future<Void> createChannel(OutboundChannel channel) {
    return command("createChannel", channel.channelId(), channel.endpoint(), channel.callerId()).compose(ok -> {
      channels.add(channel.channelId());
      created.add(channel.channelId());
      emit(AriEvents.stasisStart(channel.channelId()));
      return done();
    });
  }

  @Override
  public Future<Void> dial(String channelId, String callerChannelId, Duration timeout) {
    return command("dial", channelId, callerChannelId, timeout)
        .compose(ok -> channels.contains(channelId) ? done() : gone("Channel not found"));
  }

  @Override
  public Future<Void> createBridge(String bridgeId, String type) {
    return command("createBridge", bridgeId, type).onSuccess(ok -> bridges.add(bridgeId));
  }

  @Override
  public Future<Void> addChannel(String bridgeId, String channelId) {
    return command("addChannel", bridgeId, channelId).compose(ok -> {
      if (!bridges.contains(bridgeId)) {
        return gone("Bridge not found");
      }
      emit(AriEvents.enteredBridge(bridgeId, channelId));
      return done();
    });
  }

  @Override
  public Future<Void> removeChannel(String bridgeId, String channelId) {
    return command("removeChannel", bridgeId, channelId);
  }

  @Override
  public Future<Void> destroyBridge(String bridgeId) {
    return command("destroyBridge", bridgeId).compose(ok -> {
      if (!bridges.remove(bridgeId)) {
        return gone("Bridge not found");
      }
      emit(AriEvents.bridgeDestroyed(bridgeId));
      return done();
    });
  }

  @Override
  public Future<Void> sendDtmf(String channelId, String digits) {
    return command("sendDtmf", channelId, digits);
  }

  @Override
  public Future<Void> startMoh(String channelId, String mohClass) {
    return command("startMoh", channelId, mohClass).onSuccess(ok -> moh.add(channelId));
  }

  @Override
  public Future<Void> stopMoh(String channelId) {
    return command("stopMoh", channelId).onSuccess(ok -> moh.remove(channelId));
  }

  // --- the far side, driven by tests ---

  /** The caller presses {@code digits}, one ChannelDtmfReceived each. */
  public void press(String digits) {
    for (char digit : digits.toCharArray()) {
      emit(AriEvents.dtmf(callerId, String.valueOf(digit)));
    }
  }

  /** The caller hangs up (BYE): ChannelHangupRequest, its playbacks fail, StasisEnd (trace 2). */
  public void callerHangsUp() {
    callerGone(AriEvents.hangupRequest(callerId));
  }

  /** A playback plays to its end. */
  public void finishPlayback(String playbackId) {
    String target = playbacks.remove(playbackId);
    if (target == null) {
      throw new IllegalStateException("playback " + playbackId + " is not playing; live: " + playbacks.keySet());
    }
    emit(AriEvents.playbackFinished(playbackId, target, "done"));
  }

  /** The most recent playback still playing finishes. */
  public void finishPlayback() {
    finishPlayback(latestPlayback());
  }

  /** A playback fails (e.g. a missing sound file). */
  public void failPlayback(String playbackId) {
    String target = playbacks.remove(playbackId);
    emit(AriEvents.playbackFinished(playbackId, target, "failed"));
  }

  /** The most recent playback still playing. */
  public String latestPlayback() {
    if (playbacks.isEmpty()) {
      throw new IllegalStateException("no playback is playing; commands: " + journal.all());
    }
    List<String> ids = new ArrayList<>(playbacks.keySet());
    return ids.get(ids.size() - 1);
  }

  /** A recording ends by itself after {@code seconds}. */
  public void finishRecording(String name, int seconds) {
    String target = recordings.remove(name);
    emit(AriEvents.recordingFinished(name, target, seconds));
  }

  /** A dialled leg rings: the two Dial events, as in create-dial-early. */
  public void ringLeg(String channelId) {
    emit(AriEvents.dial(channelId, "RINGING"));
    emit(AriEvents.dial(channelId, ""));
  }

  /** A dialled leg reports busy (it stays up until hung up, as in the trace). */
  public void busyLeg(String channelId) {
    emit(AriEvents.dial(channelId, "BUSY"));
  }

  /** A dialled leg answers. */
  public void answerLeg(String channelId) {
    emit(AriEvents.stateChange(channelId, "Up"));
    emit(AriEvents.dial(channelId, "ANSWER"));
  }

  /** A leg's callee presses a digit. */
  public void legPresses(String channelId, String digit) {
    emit(AriEvents.dtmf(channelId, digit));
  }

  /** A leg hangs up by itself (the agent's BYE). */
  public void legHangsUp(String channelId) {
    legGone(channelId, 16);
  }

  // --- what the test checks ---

  /** Every command, in order. */
  public List<Command> commands() {
    return journal.all();
  }

  /** The command names, in order. */
  public List<String> ops() {
    return journal.all().stream().map(Command::op).toList();
  }

  /** The commands named {@code op}, in order. */
  public List<Command> all(String op) {
    return journal.all(op);
  }

  /** The channels the run created, in order. */
  public List<String> createdChannels() {
    return List.copyOf(created);
  }

  /** What is still live besides the caller: must be empty once a step or the run is over. */
  public List<String> leftovers() {
    List<String> live = new ArrayList<>();
    playbacks.forEach((id, target) -> live.add("playback " + id + " on " + target));
    channels.forEach(id -> live.add("channel " + id));
    bridges.forEach(id -> live.add("bridge " + id));
    recordings.forEach((name, target) -> live.add("recording " + name));
    if (ringing && callerUp) {
      live.add("caller ringing");
    }
    moh.stream().filter(id -> callerUp || !id.equals(callerId)).forEach(id -> live.add("music on hold on " + id));
    return live;
  }

  /** Playbacks still playing. */
  public Set<String> livePlaybacks() {
    return Set.copyOf(playbacks.keySet());
  }

  private boolean targetLive(String targetUri) {
    String channel = targetUri.substring(targetUri.indexOf(':') + 1);
    return channel.equals(callerId) ? callerUp : channels.contains(channel) || !created.contains(channel);
  }

  private void callerGone(AriEvent request) {
    if (!callerUp) {
      return;
    }
    callerUp = false;
    ringing = false;
    moh.remove(callerId);
    emit(request);
    for (Map.Entry<String, String> playback : List.copyOf(playbacks.entrySet())) {
      if (playback.getValue().equals("channel:" + callerId)) {
        playbacks.remove(playback.getKey());
        emit(AriEvents.playbackFinished(playback.getKey(), playback.getValue(), "failed"));
      }
    }
    recordings.values().removeIf(target -> target.equals("channel:" + callerId));
    emit(AriEvents.stasisEnd(callerId));
  }

  private void legGone(String channelId, int cause) {
    if (!channels.remove(channelId)) {
      return;
    }
    moh.remove(channelId);
    playbacks.values().removeIf(target -> target.equals("channel:" + channelId));
    emit(AriEvents.hangupRequest(channelId, cause));
    emit(AriEvents.stasisEnd(channelId));
    emit(AriEvents.channelDestroyed(channelId, cause));
  }

  private Future<Void> command(String op, Object... args) {
    Optional<Future<Void>> scripted = journal.record(op, args);
    if (scripted.isPresent()) {
      return scripted.get();
    }
    boolean onGoneCaller = args.length > 0 && callerId.equals(args[0]) && !callerUp && !op.equals("getVar");
    boolean onGoneLeg = args.length > 0 && created.contains(args[0]) && !channels.contains(args[0])
        && !op.equals("createChannel");
    if (onGoneCaller || onGoneLeg) {
      return gone("Channel not found");
    }
    return Future.succeededFuture();
  }

  private static Future<Void> done() {
    return Future.succeededFuture();
  }

  private static <T> Future<T> gone(String message) {
    return Future.failedFuture(new CallControlFailure(FailureKind.GONE, message));
  }
}
