package io.ariflow.app.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw values of a configuration file, flattened to dotted keys, each with the line and column it
 * came from so that every error can point at the place to fix.
 */
final class ConfigSource {

  /** One scalar value and where it was written. */
  record Located(String value, String where) {}

  private ConfigSource() {}

  /** Reads a YAML file; a syntax error becomes a ConfigException naming file, line and column. */
  static Map<String, Located> read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(file.toString(), List.of("cannot read the file: " + e.getMessage()));
    }
    return parse(text, file.toString());
  }

  static Map<String, Located> parse(String yaml, String name) {
    Map<String, Located> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
      walk(parser, name, values, problems);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ConfigException(name, List.of(where + ": not valid YAML: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(name, problems);
    }
    return values;
  }

  private static void walk(JsonParser parser, String name, Map<String, Located> values, List<String> problems)
      throws IOException {
    Deque<String> path = new ArrayDeque<>();
    String keyWhere = name;
    JsonToken token = parser.nextToken();
    if (token == null) {
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      problems.add(name + ":1:1: the file must be a mapping of sections (ari:, engine:, flows:, http:)");
      return;
    }
    while ((token = parser.nextToken()) != null) {
      switch (token) {
        case FIELD_NAME -> {
          path.addLast(parser.currentName());
          keyWhere = where(parser, name);
        }
        case START_OBJECT -> { }
        case END_OBJECT -> path.pollLast();
        case START_ARRAY -> {
          problems.add(keyWhere + ": " + String.join(".", path) + " must be a single value, not a list");
          parser.skipChildren();
          path.pollLast();
        }
        default -> {
          String value = token == JsonToken.VALUE_NULL ? "" : parser.getText();
          values.put(String.join(".", path), new Located(value, keyWhere));
          path.pollLast();
        }
      }
    }
  }

  private static String where(JsonParser parser, String name) {
    JsonLocation at = parser.currentTokenLocation();
    return name + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }
}
