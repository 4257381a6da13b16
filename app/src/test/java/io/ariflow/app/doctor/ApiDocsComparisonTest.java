package io.ariflow.app.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ApiDocsComparisonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, JsonNode> apiDocs(String version) throws IOException {
    Path dir = Path.of(System.getProperty("ariflow.shared.dir", "../shared"), "ari", "api-docs-" + version);
    assumeTrue(Files.isDirectory(dir), "skipped: " + dir + " not found (the shared ARI specifications)");
    Map<String, JsonNode> docs = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        docs.put(f.getFileName().toString().replace(".json", ""), JSON.readTree(f.toFile()));
      }
    }
    return docs;
  }

  @Test
  void asterisk22OffersNothingAriflowDoesNotKnow() throws IOException {
    ApiDocsComparison result = ApiDocsComparison.of(apiDocs("22.10.1"));

    assertTrue(result.complete(), result.toString());
    assertTrue(result.missingOperations().isEmpty(), result.missingOperations().toString());
  }

  @Test
  void aNewEventTypeAndOperationAreReported() throws IOException {
    Map<String, JsonNode> docs = apiDocs("22.10.1");
    ObjectNode events = (ObjectNode) docs.get("events").deepCopy();
    ((ObjectNode) events.with("models").with("ChannelTeleported")).put("id", "ChannelTeleported");
    ((com.fasterxml.jackson.databind.node.ArrayNode) events.with("models").with("Event").withArray("subTypes"))
        .add("ChannelTeleported");
    docs.put("events", events);
    ObjectNode channels = (ObjectNode) docs.get("channels").deepCopy();
    channels.withArray("apis").addObject().put("path", "/channels/{channelId}/teleport")
        .putArray("operations").addObject().put("httpMethod", "POST");
    docs.put("channels", channels);

    ApiDocsComparison result = ApiDocsComparison.of(docs);

    assertFalse(result.complete());
    assertEquals(java.util.Set.of("ChannelTeleported"), result.unknownEvents());
    assertEquals(java.util.Set.of("POST /channels/{}/teleport"), result.unknownOperations());
  }
}
