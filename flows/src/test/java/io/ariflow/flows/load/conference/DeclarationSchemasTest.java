package io.ariflow.flows.load.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ariflow.flows.conference.spec.RecordingPlan;
import io.ariflow.flows.load.queue.QueueSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published schemas of declaration documents ({@code flows/schema/rooms.schema.json} for rooms and
 * supervision, {@code flows/schema/queue.schema.json} for queues) are exactly what the readers' field lists
 * generate, and every declaration document among the samples and the golden good files is accepted by them, as a
 * standard validator reads them. Run with {@code -Dariflow.schema.update=true} to rewrite the files.
 */
class DeclarationSchemasTest {

  private static final Path BASE = Path.of(System.getProperty("basedir", "."));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void theCommittedRoomsSchemaIsUpToDate() throws IOException {
    upToDate(RoomsSchema.FILE, RoomsSchema::json);
  }

  @Test
  void theCommittedQueueSchemaIsUpToDate() throws IOException {
    upToDate(QueueSchema.FILE, QueueSchema::json);
  }

  @Test
  void everySampleAndGoodDeclarationDocumentIsAccepted() throws IOException {
    JsonSchema rooms = schema(RoomsSchema.json());
    JsonSchema queue = schema(QueueSchema.json());
    List<String> checked = new ArrayList<>();
    for (Path file : yamlFiles()) {
      int index = 0;
      for (JsonNode document : documents(file)) {
        String where = BASE.relativize(file) + " document " + index++;
        if (isDeclaration(document, "queue")) {
          assertEquals(Set.of(), queue.validate(document), where);
          checked.add("queue " + where);
        } else if (isDeclaration(document, "rooms") || isDeclaration(document, "supervision")) {
          assertEquals(Set.of(), rooms.validate(document), where);
          checked.add("rooms " + where);
        }
      }
    }
    assertTrue(checked.stream().anyMatch(c -> c.startsWith("queue samples")), checked.toString());
    assertTrue(checked.stream().anyMatch(c -> c.startsWith("rooms samples")), checked.toString());
    assertTrue(checked.stream().anyMatch(c -> c.contains("good")), checked.toString());
  }

  @Test
  void aMisspeltFieldOrAnUnknownActionIsRejected() throws IOException {
    JsonSchema rooms = schema(RoomsSchema.json());
    JsonNode misspelt = YAML.readTree("rooms: [{name: team, bridge: {max-member: 3}}]");
    JsonNode action = YAML.readTree("rooms: [{name: team, menus: {user: {'*1': toggle-muted}}}]");
    JsonNode keys = YAML.readTree("supervision: {keys: {listen: 4, stop: '*'}, allow: []}");

    assertFalse(rooms.validate(misspelt).isEmpty());
    assertFalse(rooms.validate(action).isEmpty());
    assertEquals(Set.<ValidationMessage>of(), rooms.validate(keys), "unquoted digit keys load, so they validate");
    assertFalse(schema(QueueSchema.json()).validate(YAML.readTree("queue: q\nringTimeout: soon")).isEmpty());
  }

  @Test
  void theRecordingFileDescriptionNamesOnlyThePlaceholdersTheDeclarationCheckAccepts() throws IOException {
    String description = JSON.readTree(RoomsSchema.json())
        .at("/$defs/bridge/properties/record/properties/file/description").asText();

    List<String> named = Pattern.compile("\\{[a-z]+}").matcher(description).results()
        .map(MatchResult::group).toList();

    assertEquals(RecordingPlan.PLACEHOLDERS, named, description);
  }

  private static void upToDate(String relative, Supplier<String> generated) throws IOException {
    Path file = BASE.resolve(relative);
    String json = generated.get();
    if (Boolean.getBoolean("ariflow.schema.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, json, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing: run with -Dariflow.schema.update=true");
    assertEquals(json, Files.readString(file, StandardCharsets.UTF_8),
        file + " is stale: run the flows tests with -Dariflow.schema.update=true and commit it");
  }

  private static JsonSchema schema(String json) throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(json));
  }

  private static boolean isDeclaration(JsonNode document, String key) {
    return document != null && document.isObject() && !document.has("flow") && document.has(key);
  }

  private static List<Path> yamlFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(BASE.resolve("samples"), BASE.resolve("src/test/resources/flows/good"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static List<JsonNode> documents(Path file) throws IOException {
    try (MappingIterator<JsonNode> all = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      return all.readAll();
    }
  }
}
