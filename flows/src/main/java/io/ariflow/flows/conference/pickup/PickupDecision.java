package io.ariflow.flows.conference.pickup;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.IllegalTransition;
import java.util.List;
import java.util.Optional;

/**
 * What a pickup decided: commands in order, the picker's outcome once known, whether the ringing call's owner
 * must stop (its call was claimed), the rows applied, and a refused event if it did not fit.
 *
 * @param commands ARI work, in order
 * @param pickerOutcome the picker's outcome, when this decision settles it
 * @param claimedCallId the owner's call id when a picker just claimed it: the owner stops ringing and ends its
 *     step with "picked up"
 * @param transitions the rows applied
 * @param illegal the report when the event did not fit the table (nothing was changed)
 */
public record PickupDecision(List<Command> commands, Optional<PickupOutcome> pickerOutcome,
    Optional<String> claimedCallId, List<HistoryEntry> transitions, Optional<IllegalTransition> illegal) {

  /** Copies the lists. */
  public PickupDecision {
    commands = List.copyOf(commands);
    transitions = List.copyOf(transitions);
  }

  /** The commands of type {@code type}, in order. */
  public <C extends Command> List<C> commands(Class<C> type) {
    return commands.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** A decision that only settles the picker's outcome. */
  public static PickupDecision outcome(PickupOutcome outcome) {
    return new PickupDecision(List.of(), Optional.of(outcome), Optional.empty(), List.of(), Optional.empty());
  }

  /** A decision reporting an event that did not fit. */
  public static PickupDecision illegal(IllegalTransition report) {
    return new PickupDecision(List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.of(report));
  }
}
