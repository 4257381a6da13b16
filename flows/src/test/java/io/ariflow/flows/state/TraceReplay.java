package io.ariflow.flows.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.resource.Channel;
import io.ariflow.model.testing.Trace;
import io.ariflow.model.testing.TraceLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a recorded scenario the way an owner would: one machine per channel id and per bridge id, created
 * on first sight (an event, a POST /channels or POST /bridges answer), every event applied to every machine
 * it concerns, and a DELETE /bridges answered 204 or 404 marking the bridge deleted.
 */
final class TraceReplay {

  /** Which order to feed the lines in: as written, or as they arrived (events before a slower response). */
  enum Order { FILE, ARRIVAL }

  private static final AriEventDecoder DECODER = new AriEventDecoder();
  private static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, ChannelStateMachine> channels = new LinkedHashMap<>();
  final Map<String, BridgeStateMachine> bridges = new LinkedHashMap<>();
  final Map<String, List<String>> eventsByChannel = new LinkedHashMap<>();
  final Map<String, List<String>> eventsByBridge = new LinkedHashMap<>();
  final Map<String, List<Outcome>> outcomesByChannel = new LinkedHashMap<>();
  final List<String> deletedBridges = new ArrayList<>();
  final List<IllegalTransition> illegal = new ArrayList<>();
  private final TransitionObserver observer;
  private TraceLine lastRequest;

  private TraceReplay(TransitionObserver observer) {
    this.observer = observer;
  }

  static TraceReplay run(Trace trace, Order order, TransitionObserver observer) {
    TraceReplay replay = new TraceReplay(observer);
    List<TraceLine> lines = new ArrayList<>(trace.lines());
    if (order == Order.ARRIVAL) {
      lines.sort(Comparator.comparingDouble(TraceLine::t));
    }
    lines.forEach(replay::line);
    return replay;
  }

  private void line(TraceLine line) {
    if (line.is("event")) {
      event(DECODER.decode(line.event()));
    } else if (line.is("request")) {
      lastRequest = line;
    } else if (line.is("response") && lastRequest != null) {
      response(lastRequest.line(), line.line());
    }
  }

  private void event(AriEvent event) {
    for (Channel channel : ChannelSignals.channelsOf(event)) {
      ChannelStateMachine machine =
          channels.computeIfAbsent(channel.id(), id -> ChannelStateMachine.of(channel, observer));
      eventsByChannel.computeIfAbsent(channel.id(), id -> new ArrayList<>()).add(event.type());
      record(machine.apply(event), outcomesByChannel.computeIfAbsent(channel.id(), id -> new ArrayList<>()));
    }
    for (BridgeSignal signal : BridgeSignals.signalsOf(event)) {
      BridgeStateMachine machine =
          bridges.computeIfAbsent(signal.bridgeId(), id -> BridgeStateMachine.create(id, observer));
      eventsByBridge.computeIfAbsent(signal.bridgeId(), id -> new ArrayList<>()).add(event.type());
      record(machine.apply(event), new ArrayList<>());
    }
  }

  private void record(Outcome outcome, List<Outcome> outcomes) {
    outcomes.add(outcome);
    if (outcome instanceof Outcome.Illegal refused) {
      illegal.add(refused.transition());
    }
  }

  private void response(JsonNode request, JsonNode response) {
    String method = request.path("method").asText();
    String[] path = request.path("path").asText().split("/");
    int status = response.path("status").asInt(0);
    JsonNode body = response.path("body");
    boolean ok = status >= 200 && status < 300;
    if ("POST".equals(method) && ok && "channels".equals(path[1]) && body.has("creationtime")) {
      Channel channel = JSON.convertValue(body, Channel.class);
      channels.computeIfAbsent(channel.id(), id -> ChannelStateMachine.of(channel, observer));
    } else if ("POST".equals(method) && ok && "bridges".equals(path[1]) && path.length <= 3) {
      bridges.computeIfAbsent(body.path("id").asText(), id -> BridgeStateMachine.create(id, observer));
    } else if ("DELETE".equals(method) && "bridges".equals(path[1]) && path.length == 3
        && (ok || status == 404)) {
      deletedBridges.add(path[2]);
      BridgeStateMachine machine = bridges.computeIfAbsent(path[2], id -> BridgeStateMachine.create(id, observer));
      record(machine.markDeleted("DELETE /bridges/" + path[2] + " -> " + status), new ArrayList<>());
    }
  }

  /** Every refused transition, one per paragraph, for assertion messages. */
  String illegalReport() {
    StringBuilder out = new StringBuilder();
    illegal.forEach(transition -> out.append(transition.describe()).append("\n\n"));
    return out.toString();
  }
}
