package io.ariflow.flows.conference.originate;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.IllegalTransition;
import java.util.List;
import java.util.Optional;

/**
 * What a click-to-call decided: commands in order, the outcome when this decision settles it, whether the machine
 * is over (the engine forgets it), the rows applied, and a refused event.
 *
 * @param commands ARI work, in order
 * @param outcome the outcome, reported once
 * @param over whether nothing more will happen
 * @param transitions the rows applied
 * @param illegal the report when the event did not fit the table
 */
public record ClickToCallDecision(List<Command> commands, Optional<ClickToCallOutcome> outcome, boolean over,
    List<HistoryEntry> transitions, Optional<IllegalTransition> illegal) {

  /** Copies the lists. */
  public ClickToCallDecision {
    commands = List.copyOf(commands);
    transitions = List.copyOf(transitions);
  }
}
