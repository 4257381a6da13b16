package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The parameters of {@code POST /channels}, {@code POST /channels/{id}} and {@code POST /channels/create}
 * (query string and JSON body merged by the HTTP layer).
 */
public record OriginateRequest(
    String endpoint,
    String extension,
    String context,
    Integer priority,
    String app,
    List<String> appArgs,
    String callerId,
    Integer timeout,
    JsonObject variables,
    String channelId,
    String otherChannelId,
    String originator) {}
