package io.ariflow.flows.load.conference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ariflow.flows.load.decl.Schemas;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of one declaration mapping, built against the field list its reader accepts: describing a field
 * the reader does not know, or leaving one of its fields undescribed, fails at once, so the schema cannot drift
 * from the loader (the schema tests run the generation). Used by the room, supervision and queue schemas.
 */
public final class SchemaFields {

  private final List<String> accepted;
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<String> required = new ArrayList<>();

  private SchemaFields(List<String> accepted) {
    this.accepted = List.copyOf(accepted);
  }

  /** A mapping whose reader accepts exactly {@code readerFields}. */
  public static SchemaFields of(List<String> readerFields) {
    return new SchemaFields(readerFields);
  }

  /** Describes field {@code name} with {@code schema} and a one-line {@code doc}. */
  public SchemaFields field(String name, Map<String, Object> schema, String doc) {
    if (!accepted.contains(name)) {
      throw new IllegalStateException("the reader does not accept '" + name + "' (it reads " + accepted + ")");
    }
    Map<String, Object> described = new LinkedHashMap<>(schema);
    described.put("description", doc);
    properties.put(name, described);
    return this;
  }

  /** As {@link #field}, and the field must be written. */
  public SchemaFields requiredField(String name, Map<String, Object> schema, String doc) {
    required.add(name);
    return field(name, schema, doc);
  }

  /** The object schema: the described fields, nothing else. */
  public Map<String, Object> object(String doc) {
    List<String> missing = accepted.stream().filter(name -> !properties.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("the schema does not describe " + missing + " that the reader accepts");
    }
    Map<String, Object> schema = Schemas.of("type", "object", "description", doc);
    if (!required.isEmpty()) {
      schema.put("required", List.copyOf(required));
    }
    schema.put("properties", properties);
    schema.put("additionalProperties", false);
    return schema;
  }

  /** A reference to {@code $defs/name}. */
  public static Map<String, Object> ref(String name) {
    return Schemas.of("$ref", "#/$defs/" + name);
  }

  /** A scalar written as text or, unquoted in YAML, as a whole number (PINs, keys, digits). */
  public static Map<String, Object> textOrNumber(Map<String, Object> text) {
    return Schemas.anyOf(text, Schemas.of("type", "integer", "minimum", 0));
  }

  /** {@code schema} as pretty-printed JSON ending with a newline, as the committed files are. */
  public static String json(Map<String, Object> schema) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
