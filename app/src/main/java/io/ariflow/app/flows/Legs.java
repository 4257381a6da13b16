package io.ariflow.app.flows;

import io.ariflow.flows.port.OutboundChannel;
import io.ariflow.model.request.channels.ChannelsCreate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ARI request that creates a leg: our channel id, our application with the leg marker as its
 * arguments (so the engine routes its StasisStart to the call, never to a new flow), the caller as
 * originator (linked id, codecs) and the caller id to present as {@code CALLERID(all)}.
 */
final class Legs {

  private Legs() {
  }

  static ChannelsCreate create(OutboundChannel leg, String app, String appArgs) {
    Map<String, String> variables = new LinkedHashMap<>(leg.variables());
    if (leg.callerId() != null && !leg.callerId().isBlank()) {
      variables.put("CALLERID(all)", leg.callerId());
    }
    return ChannelsCreate.of(leg.endpoint(), app)
        .withChannelId(leg.channelId())
        .withAppArgs(appArgs)
        .withOriginator(leg.originatorId())
        .withVariables(variables.isEmpty() ? null : variables);
  }
}
