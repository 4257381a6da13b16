package io.ariflow.flows.conference.supervision;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.state.HistoryEntry;
import java.util.List;

/**
 * What a session decided for one start or message: commands to execute in order, the answer, the rows applied.
 *
 * @param commands ARI work, in order
 * @param answer the reply
 * @param transitions the rows applied
 */
public record SupervisionDecision(List<Command> commands, SupervisionAnswer answer, List<HistoryEntry> transitions) {

  /** Copies the lists. */
  public SupervisionDecision {
    commands = List.copyOf(commands);
    transitions = List.copyOf(transitions);
  }
}
