package io.ariflow.app.conference;

import io.ariflow.app.engine.ResourceKind;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.room.ConferenceRoom;
import io.ariflow.flows.conference.room.RoomDecision;
import io.ariflow.flows.conference.room.RoomMessage;
import io.ariflow.flows.conference.room.RoomNotice;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.HasBridge;
import io.ariflow.model.event.HasPlayback;
import io.ariflow.model.event.HasRecording;
import io.ariflow.model.event.PlaybackFinished;
import io.ariflow.model.event.RecordingFailed;
import io.ariflow.model.event.RecordingFinished;
import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out what a room decided: its commands one after the other in the room's own queue (claiming each object
 * before the request that creates it, timers on the engine's timers), then lets go of what the room no longer
 * follows, then delivers the notices. A command that fails is logged and the rest still runs; a refused recording
 * or dial-out is told back to the room, which decided what that means.
 */
final class RoomWork {
  private static final Logger LOG = LoggerFactory.getLogger(RoomWork.class);

  private final AriCommands ari;
  private final OwnedIds owned;
  private final KeyedTimers timers;
  private final DialOuts dialOuts;
  private final ConferenceHost host;
  private final CommandQueues queues = new CommandQueues();

  RoomWork(AriCommands ari, OwnedIds owned, KeyedTimers timers, DialOuts dialOuts, ConferenceHost host) {
    this.ari = ari;
    this.owned = owned;
    this.timers = timers;
    this.dialOuts = dialOuts;
    this.host = host;
  }

  /** Runs {@code decision} of room instance {@code room}. */
  Future<Void> carryOut(RoomRef room, RoomDecision decision) {
    return queues.enqueue(room.bridgeId(), () -> runAll(room, decision.commands()))
        .andThen(done -> {
          tidy(room);
          decision.notices().forEach(host::deliver);
        });
  }

  /** A decision of no open room (a late timer, a join refused by a room that closed at once): notices only. */
  Future<Void> carryOutUnowned(String room, RoomDecision decision) {
    decision.commands().forEach(command -> LOG.warn("room={} is gone; not sending {}", room, command));
    decision.notices().forEach(host::deliver);
    return Future.succeededFuture();
  }

  /** Lets go of a playback or recording once its end event was handled. */
  void afterEvent(RoomRef room, AriEvent event) {
    if (event instanceof PlaybackFinished finished && finished.playback() != null) {
      owned.release(room.objects(), finished.playback().id());
    }
    if (event instanceof RecordingFinished finished && finished.recording() != null) {
      owned.release(room.objects(), finished.recording().name());
    }
    if (event instanceof RecordingFailed failed && failed.recording() != null) {
      owned.release(room.objects(), failed.recording().name());
    }
  }

  /** The ids of room objects an event names: its bridge, playback, recording. */
  static Set<String> objectIds(AriEvent event) {
    Set<String> ids = new LinkedHashSet<>();
    if (event instanceof HasPlayback withPlayback && withPlayback.playback() != null) {
      ids.add(withPlayback.playback().id());
    }
    if (event instanceof HasRecording withRecording && withRecording.recording() != null) {
      ids.add(withRecording.recording().name());
    }
    if (event instanceof HasBridge withBridge && withBridge.bridge() != null) {
      ids.add(withBridge.bridge().id());
    }
    return ids;
  }

  private Future<Void> runAll(RoomRef room, List<Command> commands) {
    Future<Void> chain = Future.succeededFuture();
    for (Command command : commands) {
      chain = chain.compose(done -> execute(room, command).otherwiseEmpty());
    }
    return chain;
  }

  private Future<Void> execute(RoomRef room, Command command) {
    if (command instanceof Command.ArmTimer arm) {
      timers.arm(room.bridgeId(), arm.key(), arm.after(),
          () -> host.send(room.name(), new RoomMessage.TimerFired(arm.key())));
      return Future.succeededFuture();
    }
    if (command instanceof Command.CancelTimer cancel) {
      timers.cancel(room.bridgeId(), cancel.key());
      return Future.succeededFuture();
    }
    if (command instanceof Command.StartRecording record) {
      owned.claim(room.objects(), record.name(), ResourceKind.RECORDING);
      return ari.send(command).recover(failure -> refused(room, new RoomMessage.RecordingFailed(record.name(),
          "refused: " + failure.getMessage())));
    }
    if (command instanceof Command.Dial dial) {
      owned.claim(room.members(), dial.channelId(), ResourceKind.CHANNEL);
      dialOuts.dialling(dial.channelId(), room.name());
      return ari.send(command).recover(failure -> dialRefused(room, dial, failure));
    }
    claimCreated(room, command);
    return ari.run(command);
  }

  private void claimCreated(RoomRef room, Command command) {
    if (command instanceof Command.CreateBridge create) {
      owned.claim(room.objects(), create.bridgeId(), ResourceKind.BRIDGE);
    } else if (command instanceof Command.Play play) {
      owned.claim(room.objects(), play.playbackId(), ResourceKind.PLAYBACK);
    }
  }

  private Future<Void> dialRefused(RoomRef room, Command.Dial dial, Throwable failure) {
    if (dialOuts.settle(dial.channelId()).isEmpty()) {
      return Future.succeededFuture();
    }
    owned.release(room.members(), dial.channelId());
    LOG.info("room={} could not dial {}: {}", room.name(), dial.endpoint(), failure.getMessage());
    return refused(room, new RoomMessage.DialOutFailed(dial.channelId(), "failed: " + failure.getMessage()));
  }

  private Future<Void> refused(RoomRef room, RoomMessage message) {
    host.send(room.name(), message);
    return Future.succeededFuture();
  }

  /** Lets go of the members the room no longer follows; of everything once the room instance is over. */
  private void tidy(RoomRef room) {
    Optional<ConferenceRoom> open = host.rooms().room(room.name())
        .filter(current -> current.bridgeId().equals(room.bridgeId()));
    if (open.isEmpty()) {
      owned.releaseAll(room.members());
      owned.releaseAll(room.objects());
      timers.cancelAll(room.bridgeId());
      dialOuts.forgetRoom(room.name());
      return;
    }
    for (String channelId : owned.of(room.members())) {
      if (!open.get().hasChannel(channelId)) {
        owned.release(room.members(), channelId);
      }
    }
  }
}
