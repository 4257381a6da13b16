package io.ariflow.app.conference;

import io.ariflow.model.resource.Bridge;
import io.ariflow.model.resource.Channel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What Asterisk holds right after a reconnect (its channels and bridges), against which rooms, supervision sessions
 * and click-to-calls judge the objects they followed while the events connection was down.
 *
 * @param channels the channels by id
 * @param bridgeIds the ids of the bridges
 */
record AriPicture(Map<String, Channel> channels, Set<String> bridgeIds) {

  /** Copies the collections. */
  AriPicture {
    channels = Map.copyOf(channels);
    bridgeIds = Set.copyOf(bridgeIds);
  }

  /** The picture of two listings. */
  static AriPicture of(List<Channel> channels, List<Bridge> bridges) {
    return new AriPicture(channels.stream().collect(Collectors.toMap(Channel::id, Function.identity(), (a, b) -> a)),
        bridges.stream().map(Bridge::id).collect(Collectors.toSet()));
  }

  /** The channel {@code id}, if it still exists. */
  Optional<Channel> channel(String id) {
    return Optional.ofNullable(channels.get(id));
  }

  /** Whether bridge {@code id} still exists. */
  boolean hasBridge(String id) {
    return bridgeIds.contains(id);
  }
}
