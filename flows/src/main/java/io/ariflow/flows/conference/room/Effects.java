package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.state.HistoryEntry;
import java.util.ArrayList;
import java.util.List;

/** Collects what the room decides while it handles one message; becomes a {@link RoomDecision}. */
final class Effects {

  private final IdGenerator ids;
  private final List<Command> commands = new ArrayList<>();
  private final List<RoomNotice> notices = new ArrayList<>();
  private final List<HistoryEntry> transitions = new ArrayList<>();

  Effects(IdGenerator ids) {
    this.ids = ids;
  }

  void command(Command command) {
    commands.add(command);
  }

  void notice(RoomNotice notice) {
    notices.add(notice);
  }

  void transition(HistoryEntry entry) {
    transitions.add(entry);
  }

  /** Plays {@code media} to {@code target} and returns the playback id, so a follow-up can wait for its end. */
  String play(Target target, List<String> media) {
    String playbackId = ids.next("playback");
    commands.add(new Command.Play(playbackId, target, media));
    return playbackId;
  }

  String newId(String kind) {
    return ids.next(kind);
  }

  RoomDecision decision(RoomAnswer answer) {
    return new RoomDecision(commands, notices, answer, transitions);
  }
}
