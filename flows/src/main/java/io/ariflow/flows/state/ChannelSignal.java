package io.ariflow.flows.state;

import io.ariflow.model.resource.Channel;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one event means for one channel: the input, the channel's snapshot in that event (its ARI state is
 * checked against {@link ChannelStateTable}), the bridge for bridge moves and the cause for hangups.
 *
 * @param input the channel input
 * @param snapshot the channel as the event carried it
 * @param bridgeId the bridge entered or left, for bridge moves
 * @param cause the hangup cause, when the event carried one
 */
public record ChannelSignal(ChannelInput input, Channel snapshot, Optional<String> bridgeId, OptionalInt cause) {

  /** Rejects incomplete signals. */
  public ChannelSignal {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(bridgeId, "bridgeId");
    Objects.requireNonNull(cause, "cause");
  }

  /** A signal without bridge or cause. */
  public static ChannelSignal of(ChannelInput input, Channel snapshot) {
    return new ChannelSignal(input, snapshot, Optional.empty(), OptionalInt.empty());
  }
}
