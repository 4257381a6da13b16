package io.ariflow.flows.port;

import java.util.Map;
import java.util.Objects;

/**
 * A leg to create with {@code POST /channels/create} before dialling it.
 *
 * @param channelId the id we generated, so the leg's events can be awaited before it exists
 * @param endpoint the endpoint, e.g. {@code PJSIP/104} or {@code Local/104@default}
 * @param originatorId the caller channel (linked id, codecs), or null
 * @param callerId the caller id to present, e.g. {@code "Alice" <100>}, or null
 * @param variables channel variables to set on the leg
 */
public record OutboundChannel(
    String channelId, String endpoint, String originatorId, String callerId, Map<String, String> variables) {

  /** Copies the variables so the request stays a value. */
  public OutboundChannel {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(endpoint, "endpoint");
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }
}
