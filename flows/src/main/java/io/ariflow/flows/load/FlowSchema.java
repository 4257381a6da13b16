package io.ariflow.flows.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ariflow.flows.load.decl.Choices;
import io.ariflow.flows.load.decl.Field;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.decl.Schemas;
import io.ariflow.flows.load.decl.StepDecl;
import io.ariflow.flows.load.decl.StepDecls;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of the flow format, generated from the same step declarations the loader
 * reads through, so editors autocomplete exactly what loads. A test fails when the committed
 * {@code flows/schema/flow.schema.json} differs from {@link #json()}.
 */
public final class FlowSchema {

  private static final String NAME = "^" + ScalarKinds.NAME.pattern() + "$";
  private static final String VARIABLE = "^" + ScalarKinds.VARIABLE.pattern() + "$";

  private FlowSchema() {
  }

  /** The schema as pretty-printed JSON, ending with a newline. */
  public static String json() {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writerWithDefaultPrettyPrinter().writeValueAsString(schema(StepDecls.builtIn())) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema as ordered maps. */
  static Map<String, Object> schema(StepDecls decls) {
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("step", step(decls));
    decls.all().forEach(d -> defs.put(d.type(), stepType(d)));
    defs.put("fallback", fallback());
    return Schemas.of(
        "$schema", "https://json-schema.org/draft/2020-12/schema",
        "$id", "https://ariflow.io/schema/flow.schema.json",
        "title", "ariflow flow",
        "description", "A call flow: an id, a start step and named steps. See flows/docs/LANGUAGE.md.",
        "type", "object",
        "required", List.of("flow", "start", "steps"),
        "properties", Schemas.of(
            "flow", described(Schemas.pattern(NAME), "the flow id, matched by Stasis(ariflow, <id>)"),
            "description", described(Schemas.type("string"), "free text"),
            "start", described(Schemas.pattern(NAME), "the first step"),
            "variables", described(Schemas.of("type", "object", "propertyNames", Schemas.pattern(VARIABLE)),
                "flow variables and their initial values"),
            "fallback", Schemas.of("$ref", "#/$defs/fallback"),
            "timezone", described(Schemas.type("string"), "IANA zone for time functions, e.g. Europe/Paris"),
            "steps", described(Schemas.of("type", "object", "minProperties", 1, "propertyNames",
                Schemas.pattern(NAME), "additionalProperties", Schemas.of("$ref", "#/$defs/step")),
                "step id -> step")),
        "additionalProperties", false,
        "$defs", defs);
  }

  private static Map<String, Object> step(StepDecls decls) {
    List<Object> cases = new ArrayList<>();
    for (StepDecl decl : decls.all()) {
      cases.add(Schemas.of(
          "if", Schemas.of("properties", Schemas.of("type", Schemas.of("const", decl.type())),
              "required", List.of("type")),
          "then", Schemas.of("$ref", "#/$defs/" + decl.type())));
    }
    List<String> names = new ArrayList<>(decls.names());
    return Schemas.of("type", "object", "required", List.of("type"),
        "properties", Schemas.of("type", described(Schemas.anyOf(Schemas.of("enum", names),
            Schemas.type("string")), "the step type (or a custom step's name)")),
        "allOf", cases);
  }

  private static Map<String, Object> stepType(StepDecl decl) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("type", Schemas.of("const", decl.type()));
    properties.put("next", described(Schemas.pattern(NAME), "target of the default outcome"));
    properties.put("on", described(Schemas.of("type", "object", "additionalProperties", Schemas.pattern(NAME)),
        "outcome -> target step"));
    if (!decl.ownsTimeout()) {
      properties.put("timeout", described(ScalarKinds.duration().schema(),
          "cancel the step after this long (outcome timeout)"));
    }
    properties.put("description", described(Schemas.type("string"), "free text"));
    List<String> required = new ArrayList<>(List.of("type"));
    for (Field<?> field : decl.fields()) {
      properties.put(field.name(), described(field.kind().schema(), field.doc()));
      if (field.required()) {
        required.add(field.name());
      }
    }
    return Schemas.of("description", decl.doc(), "type", "object", "required", required,
        "properties", properties, "additionalProperties", false);
  }

  private static Map<String, Object> fallback() {
    return Schemas.of("description", "what unrouted error and timeout outcomes do (default: continue)",
        "type", "object", "minProperties", 1, "maxProperties", 1,
        "properties", Schemas.of(
            "hangup", Schemas.of("enum", Choices.HANGUP_CAUSES),
            "continue", Schemas.of("type", List.of("object", "null"), "properties", Schemas.of(
                "context", Schemas.type("string"), "extension", Schemas.type("string"),
                "priority", Schemas.type("integer")), "additionalProperties", false),
            "goto", Schemas.pattern(NAME)),
        "additionalProperties", false);
  }

  private static Map<String, Object> described(Map<String, Object> schema, String description) {
    Map<String, Object> copy = new LinkedHashMap<>();
    copy.put("description", description);
    copy.putAll(schema);
    return copy;
  }
}
