package io.ariflow.app.engine;

import io.ariflow.model.resource.Channel;
import java.util.Arrays;
import java.util.List;

/**
 * Recovers the Stasis arguments of a channel from its dialplan location ({@code app_data} is
 * {@code "ariflow,support-line,lang=en"}), for channels whose StasisStart event was lost.
 */
final class StasisAppData {
  private StasisAppData() {}

  static List<String> args(Channel channel) {
    if (channel.dialplan() == null || channel.dialplan().appData() == null
        || !"Stasis".equalsIgnoreCase(channel.dialplan().appName())) {
      return List.of();
    }
    List<String> parts = Arrays.asList(channel.dialplan().appData().split(",", -1));
    return parts.size() <= 1 ? List.of() : List.copyOf(parts.subList(1, parts.size()));
  }
}
