package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.state.HistoryEntry;
import java.util.List;

/**
 * Everything a room decided for one message, as values: the commands for Asterisk (execute in order), the notices
 * for other parties, the answer for the sender, and the transitions applied (for logs and tests).
 *
 * @param commands ARI work, in order
 * @param notices news for other members' steps and the engine
 * @param answer the reply to the sender
 * @param transitions the rows applied, in order
 */
public record RoomDecision(
    List<Command> commands, List<RoomNotice> notices, RoomAnswer answer, List<HistoryEntry> transitions) {

  /** Copies the lists. */
  public RoomDecision {
    commands = List.copyOf(commands);
    notices = List.copyOf(notices);
    transitions = List.copyOf(transitions);
  }

  /** A decision that only answers. */
  public static RoomDecision answer(RoomAnswer answer) {
    return new RoomDecision(List.of(), List.of(), answer, List.of());
  }

  /** The commands of type {@code type}, in order. */
  public <C extends Command> List<C> commands(Class<C> type) {
    return commands.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The notices of type {@code type}, in order. */
  public <N extends RoomNotice> List<N> notices(Class<N> type) {
    return notices.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
