package io.ariflow.model.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One version of the ARI specification (an {@code api-docs-<version>} folder), read independently of the
 * generator so the conformance test checks the generated model against the source, not against itself.
 *
 * @param version e.g. {@code 22.10.1}
 * @param models every model by name
 * @param operations every operation, in file order
 */
record AriSpec(String version, Map<String, JsonNode> models, List<SpecOperation> operations) {

  static AriSpec load(Path dir) {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> models = new LinkedHashMap<>();
    List<SpecOperation> operations = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode doc = json.readTree(file.toFile());
        if (!doc.has("resourcePath")) {
          continue;
        }
        String resource = file.getFileName().toString().replace(".json", "");
        doc.path("models").fields().forEachRemaining(e -> models.put(e.getKey(), e.getValue()));
        for (JsonNode api : doc.path("apis")) {
          for (JsonNode op : api.path("operations")) {
            operations.add(SpecOperation.of(resource, api.path("path").asText(), op));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AriSpec(dir.getFileName().toString().replace("api-docs-", ""), models, operations);
  }

  /** Leaf subtypes of {@code Message}: the types that arrive on the events WebSocket. */
  Set<String> eventTypes() {
    Set<String> leaves = new TreeSet<>();
    collectLeaves("Message", leaves);
    return leaves;
  }

  /** Models that are neither events nor abstract bases. */
  Set<String> resourceModels() {
    Set<String> events = eventTypes();
    Set<String> resources = new TreeSet<>();
    models.forEach((name, model) -> {
      if (!events.contains(name) && !model.has("subTypes")) {
        resources.add(name);
      }
    });
    return resources;
  }

  /** Own and inherited properties of a model, by JSON name (inherited first). */
  Map<String, JsonNode> properties(String model) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    models.forEach((name, candidate) -> {
      for (JsonNode sub : candidate.path("subTypes")) {
        if (sub.asText().equals(model)) {
          properties.putAll(properties(name));
        }
      }
    });
    models.get(model).path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
    return properties;
  }

  Map<String, SpecOperation> operationsByName() {
    Map<String, SpecOperation> byName = new LinkedHashMap<>();
    operations.forEach(op -> byName.put(op.name(), op));
    return byName;
  }

  private void collectLeaves(String name, Set<String> leaves) {
    JsonNode subs = models.get(name).path("subTypes");
    if (subs.isEmpty()) {
      leaves.add(name);
    }
    subs.forEach(sub -> collectLeaves(sub.asText(), leaves));
  }
}
