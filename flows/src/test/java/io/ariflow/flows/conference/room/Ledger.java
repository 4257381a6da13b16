package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the room's commands left alive in Asterisk: bridges and their members, live recordings, music on channels
 * and bridges, dialled channels, armed timers, playbacks. Tests replay commands into it and assert that nothing
 * is left behind once a room ended.
 */
final class Ledger {

  final Map<String, Set<String>> bridges = new LinkedHashMap<>();
  final Set<String> recordings = new LinkedHashSet<>();
  final Set<String> moh = new LinkedHashSet<>();
  final Set<String> dialled = new LinkedHashSet<>();
  final Set<String> timers = new LinkedHashSet<>();
  final Set<String> playbacks = new LinkedHashSet<>();
  final Set<String> muted = new LinkedHashSet<>();

  void apply(Command command) {
    if (command instanceof Command.CreateBridge create) {
      bridges.put(create.bridgeId(), new LinkedHashSet<>());
    } else if (command instanceof Command.AddToBridge add) {
      bridges.values().forEach(members -> members.remove(add.channelId()));
      bridges.get(add.bridgeId()).add(add.channelId());
    } else if (command instanceof Command.RemoveFromBridge remove) {
      bridges.get(remove.bridgeId()).remove(remove.channelId());
    } else if (command instanceof Command.DestroyBridge destroy) {
      bridges.remove(destroy.bridgeId());
      moh.remove("bridge:" + destroy.bridgeId());
    } else {
      media(command);
    }
  }

  private void media(Command command) {
    if (command instanceof Command.StartRecording start) {
      recordings.add(start.name());
    } else if (command instanceof Command.StopRecording stop) {
      recordings.remove(stop.name());
    } else if (command instanceof Command.StartMoh start) {
      moh.add(key(start.target()));
    } else if (command instanceof Command.StopMoh stop) {
      moh.remove(key(stop.target()));
    } else if (command instanceof Command.Dial dial) {
      dialled.add(dial.channelId());
    } else if (command instanceof Command.HangUp hangUp) {
      dialled.remove(hangUp.channelId());
    } else if (command instanceof Command.ArmTimer arm) {
      timers.add(arm.key().value());
    } else if (command instanceof Command.CancelTimer cancel) {
      timers.remove(cancel.key().value());
    } else if (command instanceof Command.Play play) {
      playbacks.add(play.playbackId());
    } else if (command instanceof Command.StopPlayback stop) {
      playbacks.remove(stop.playbackId());
    } else if (command instanceof Command.Mute mute) {
      muted.add(mute.channelId());
    } else if (command instanceof Command.Unmute unmute) {
      muted.remove(unmute.channelId());
    }
  }

  /** The channel left Asterisk: its music and membership go with it. */
  void channelGone(String channelId) {
    bridges.values().forEach(members -> members.remove(channelId));
    moh.remove("channel:" + channelId);
    dialled.remove(channelId);
    muted.remove(channelId);
  }

  /** Whether the room left nothing in Asterisk (timers fired or cancelled are the caller's concern). */
  boolean nothingLeft() {
    return bridges.isEmpty() && recordings.isEmpty() && moh.isEmpty() && dialled.isEmpty() && muted.isEmpty();
  }

  @Override
  public String toString() {
    return "bridges=" + bridges + " recordings=" + recordings + " moh=" + moh + " dialled=" + dialled
        + " muted=" + muted + " timers=" + timers;
  }

  private static String key(Target target) {
    return (target instanceof Target.Bridge ? "bridge:" : "channel:") + target.id();
  }
}
