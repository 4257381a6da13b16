package io.ariflow.flows.state;

import java.util.Objects;
import java.util.Optional;

/**
 * What one event means for one bridge.
 *
 * @param bridgeId the bridge concerned
 * @param input the input; a leave is always {@link BridgeInput#LEFT} here, the machine knows if it was the last
 * @param channelId the channel entering or leaving, for member moves
 */
public record BridgeSignal(String bridgeId, BridgeInput input, Optional<String> channelId) {

  /** Rejects incomplete signals. */
  public BridgeSignal {
    Objects.requireNonNull(bridgeId, "bridgeId");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(channelId, "channelId");
  }
}
