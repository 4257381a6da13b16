package io.ariflow.app.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import io.ariflow.model.event.AriEventTypes;
import io.ariflow.model.request.AriOperations;
import io.ariflow.model.request.OperationInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares an Asterisk's own ARI description ({@code /ari/api-docs/*.json}) with what ariflow's model
 * knows, so an operator learns before a call fails that this Asterisk is newer (or older) than ariflow.
 *
 * @param unknownEvents event types the Asterisk may send that ariflow decodes only as UnknownEvent
 * @param unknownOperations operations ({@code METHOD /path}) the Asterisk offers that ariflow has no request for
 * @param missingOperations operations ariflow knows that this Asterisk does not offer
 */
public record ApiDocsComparison(Set<String> unknownEvents, Set<String> unknownOperations,
    Set<String> missingOperations) {

  /** Compares the api-docs of each resource, keyed by resource name ({@code channels}, {@code events}, ...). */
  public static ApiDocsComparison of(Map<String, JsonNode> apiDocs) {
    Set<String> offered = new TreeSet<>();
    apiDocs.values().forEach(doc -> doc.path("apis").forEach(api -> api.path("operations").forEach(
        op -> offered.add(op.path("httpMethod").asText() + " " + normalise(api.path("path").asText())))));
    Set<String> known = AriOperations.all().stream()
        .map(op -> op.method() + " " + normalise(op.pathTemplate()))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> unknownOps = new TreeSet<>(offered);
    unknownOps.removeAll(known);
    Set<String> missing = new TreeSet<>(known);
    missing.removeAll(offered);
    JsonNode events = apiDocs.get("events");
    Set<String> unknownEvents = events == null ? Set.of() : unknownEvents(events.path("models"));
    return new ApiDocsComparison(unknownEvents, unknownOps, missing);
  }

  private static Set<String> unknownEvents(JsonNode models) {
    Set<String> result = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>();
    models.path("Message").path("subTypes").forEach(t -> todo.add(t.asText()));
    while (!todo.isEmpty()) {
      String name = todo.poll();
      JsonNode subTypes = models.path(name).path("subTypes");
      if (subTypes.isArray() && !subTypes.isEmpty()) {
        subTypes.forEach(t -> todo.add(t.asText()));
      }
      if (!"Event".equals(name) && AriEventTypes.forType(name).isEmpty()) {
        result.add(name);
      }
    }
    return result;
  }

  /** {@code /channels/{channelId}/play} and {@code /channels/{id}/play} are the same operation. */
  static String normalise(String pathTemplate) {
    String path = pathTemplate.startsWith("/ari") ? pathTemplate.substring(4) : pathTemplate;
    return path.replaceAll("\\{[^}]*}", "{}");
  }

  /** True when ariflow knows everything this Asterisk offers. */
  public boolean complete() {
    return unknownEvents.isEmpty() && unknownOperations.isEmpty();
  }

  static String describe(OperationInfo op) {
    return op.method() + " " + op.pathTemplate();
  }
}
