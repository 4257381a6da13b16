package io.ariflow.sim.script;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML document as a tree whose every node knows its line and column, so that the scenario reader can
 * say where a problem is. Built from Jackson's streaming parser; a syntax error becomes a located problem.
 */
final class YamlTree {

  /** A node and where it starts. */
  sealed interface Node {
    int line();

    int column();
  }

  record MapNode(int line, int column, List<Entry> entries) implements Node {}

  record Entry(String key, int line, int column, Node value) {}

  record ListNode(int line, int column, List<Node> items) implements Node {}

  /** A scalar's text and the token it was read as (string, number, boolean or null). */
  record Scalar(int line, int column, String text, JsonToken token) implements Node {
    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }
  }

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTree() {}

  /** The first document of {@code text}, or null when it is empty; syntax errors go to {@code problems}. */
  static Node parse(String text, Problems problems) {
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken token = parser.nextToken();
      return token == null ? null : node(parser, token);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.at(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
          "YAML syntax: " + readable(e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SnakeYAML's message without its source excerpts: "... (line 4, column 7) expected ..., but found ...". */
  private static String readable(String message) {
    return message.replaceAll(" in 'reader', line (\\d+), column (\\d+):\\s*\\n[^\\n]*\\n\\s*\\^", " (line $1, column $2)")
        .replaceAll("\\s+", " ").trim();
  }

  private static Node node(YAMLParser parser, JsonToken token) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (token == JsonToken.START_OBJECT) {
      List<Entry> entries = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation keyAt = parser.currentTokenLocation();
        String key = parser.currentName();
        entries.add(new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), node(parser, parser.nextToken())));
      }
      return new MapNode(line, column, entries);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        items.add(node(parser, t));
      }
      return new ListNode(line, column, items);
    }
    return new Scalar(line, column, parser.getText(), token);
  }
}
