package io.ariflow.flows.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.flows.load.decl.Field;
import io.ariflow.flows.load.decl.StepDecl;
import io.ariflow.flows.load.decl.StepDecls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code flows/schema/flow.schema.json} is exactly what the step declarations generate. After
 * changing a declaration, run with {@code -Dariflow.schema.update=true} to rewrite it.
 */
class FlowSchemaTest {

  private static final Path FILE = Path.of(System.getProperty("basedir", "."), "schema", "flow.schema.json");

  @Test
  void committedSchemaIsUpToDate() throws Exception {
    String generated = FlowSchema.json();
    if (Boolean.getBoolean("ariflow.schema.update")) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(FILE), FILE + " is missing: run with -Dariflow.schema.update=true");
    assertEquals(generated, Files.readString(FILE, StandardCharsets.UTF_8),
        FILE + " is stale: run the flows tests with -Dariflow.schema.update=true and commit it");
  }

  @Test
  void describesEveryStepTypeAndEveryDeclaredField() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(FlowSchema.json());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    JsonNode defs = schema.get("$defs");
    for (StepDecl decl : StepDecls.builtIn().all()) {
      JsonNode properties = defs.get(decl.type()).get("properties");
      for (Field<?> field : decl.fields()) {
        assertTrue(properties.has(field.name()), decl.type() + " lacks " + field.name());
        assertEquals(field.doc(), properties.get(field.name()).get("description").asText());
      }
      assertTrue(properties.has("next") && properties.has("on"), decl.type());
    }
  }

  @Test
  void ownTimeoutsReplaceTheCommonOne() throws Exception {
    JsonNode defs = new ObjectMapper().readTree(FlowSchema.json()).get("$defs");
    assertEquals("per attempt; a timed-out attempt is a failure",
        defs.get("http").get("properties").get("timeout").get("description").asText());
    assertEquals("cancel the step after this long (outcome timeout)",
        defs.get("play").get("properties").get("timeout").get("description").asText());
  }
}
