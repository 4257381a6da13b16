package io.ariflow.app.pickup;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.ChannelHangupRequest;
import io.ariflow.model.event.StasisEnd;
import java.util.Optional;

/**
 * What a pickup hears from ARI: only that the caller or the picker went away. A channel sends several "gone"
 * events (hangup request, Stasis end, destroyed); the first one counts, the pickup ignores the rest.
 */
final class PickupSignals {

  private PickupSignals() {
  }

  /** The channel {@code event} says is gone, if it says so. */
  static Optional<String> goneChannel(AriEvent event) {
    if (event instanceof ChannelHangupRequest request && request.channel() != null) {
      return Optional.of(request.channel().id());
    }
    if (event instanceof StasisEnd end && end.channel() != null) {
      return Optional.of(end.channel().id());
    }
    if (event instanceof ChannelDestroyed destroyed && destroyed.channel() != null) {
      return Optional.of(destroyed.channel().id());
    }
    return Optional.empty();
  }
}
