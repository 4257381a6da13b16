package io.ariflow.flows.queue.hub;

import io.ariflow.flows.queue.engine.QueueCommand;
import java.util.Optional;

/** Which call a command is about, and whether a caller's queue step may carry it out. */
final class CommandTargets {

  private CommandTargets() {
  }

  /** The call a command concerns, or empty for agent-wide commands (state changes, wrap-ups). */
  static Optional<String> callOf(QueueCommand command) {
    if (command instanceof QueueCommand.Joined c) {
      return Optional.of(c.callId());
    } else if (command instanceof QueueCommand.Overflow c) {
      return Optional.of(c.callId());
    } else if (command instanceof QueueCommand.Offer c) {
      return Optional.of(c.callId());
    } else if (command instanceof QueueCommand.CancelOffer c) {
      return Optional.of(c.callId());
    } else if (command instanceof QueueCommand.Connect c) {
      return Optional.of(c.callId());
    } else if (command instanceof QueueCommand.Announce c) {
      return Optional.of(c.callId());
    } else if (command instanceof QueueCommand.PlayPeriodic c) {
      return Optional.of(c.callId());
    } else if (command instanceof QueueCommand.CallbackAccepted c) {
      return Optional.of(c.callId());
    } else if (command instanceof QueueCommand.DialCallback c) {
      return Optional.of(c.callId());
    }
    return Optional.empty();
  }

  /** Whether the command belongs to a callback (the caller is offline: the host dials, not a step). */
  static boolean isCallback(QueueCommand command) {
    return command instanceof QueueCommand.Offer offer && offer.callbackNumber().isPresent()
        || command instanceof QueueCommand.DialCallback;
  }
}
