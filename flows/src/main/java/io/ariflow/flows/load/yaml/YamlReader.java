package io.ariflow.flows.load.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.spec.Location;
import java.io.IOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a YAML stream (documents separated by {@code ---}) into located trees. A syntax error is reported
 * with its position and ends the file; the documents before it are kept. Duplicate keys and aliases are
 * reported, because Jackson would silently keep the last value or the anchor name.
 */
public final class YamlReader {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final String file;
  private final String[] lines;
  private final Problems problems;

  private YamlReader(String file, String text, Problems problems) {
    this.file = file;
    this.lines = text.split("\r?\n", -1);
    this.problems = problems;
  }

  /** The documents of {@code text}, read as file {@code file}; problems go to {@code problems}. */
  public static List<YamlNode> read(String file, String text, Problems problems) {
    return new YamlReader(file, text, problems).documents(text);
  }

  private List<YamlNode> documents(String text) {
    List<YamlNode> documents = new ArrayList<>();
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken token = parser.nextToken();
      while (token != null) {
        documents.add(node(parser, token));
        token = parser.nextToken();
      }
    } catch (JsonProcessingException e) {
      syntaxError(e);
    } catch (IOException e) {
      problems.error(new Location(file, 1, 1), "cannot read YAML: " + e.getMessage());
    }
    return documents;
  }

  private YamlNode node(YAMLParser parser, JsonToken token) throws IOException {
    Location location = location(parser.currentTokenLocation());
    if (token == JsonToken.START_OBJECT) {
      return map(parser, location);
    }
    if (token == JsonToken.START_ARRAY) {
      return list(parser, location);
    }
    if (parser.isCurrentAlias()) {
      problems.error(location, "YAML aliases (*" + parser.getText() + ") are not supported: repeat the value");
    }
    return scalar(parser, token, location);
  }

  private YamlMap map(YAMLParser parser, Location location) throws IOException {
    List<YamlEntry> entries = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      YamlScalar key = scalar(parser, JsonToken.VALUE_STRING, location(parser.currentTokenLocation()));
      YamlNode value = node(parser, parser.nextToken());
      if (keys.contains(key.text())) {
        problems.error(key.location(), "duplicate key '" + key.text() + "': remove one of them");
      } else {
        keys.add(key.text());
        entries.add(new YamlEntry(key, value));
      }
    }
    return new YamlMap(entries, location);
  }

  private YamlList list(YAMLParser parser, Location location) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken token = parser.nextToken();
    while (token != JsonToken.END_ARRAY) {
      items.add(node(parser, token));
      token = parser.nextToken();
    }
    return new YamlList(items, location);
  }

  private YamlScalar scalar(JsonParser parser, JsonToken token, Location location) throws IOException {
    String source = sourceFrom(location);
    return new YamlScalar(parser.getText(), type(token), location, style(source), source);
  }

  private static ScalarType type(JsonToken token) {
    return switch (token) {
      case VALUE_NUMBER_INT -> ScalarType.INTEGER;
      case VALUE_NUMBER_FLOAT -> ScalarType.DECIMAL;
      case VALUE_TRUE, VALUE_FALSE -> ScalarType.BOOLEAN;
      case VALUE_NULL -> ScalarType.NULL;
      default -> ScalarType.STRING;
    };
  }

  private static ScalarStyle style(String source) {
    if (source.startsWith("\"")) {
      return ScalarStyle.DOUBLE_QUOTED;
    }
    if (source.startsWith("'")) {
      return ScalarStyle.SINGLE_QUOTED;
    }
    if (source.startsWith("|") || source.startsWith(">")) {
      return ScalarStyle.BLOCK;
    }
    return ScalarStyle.PLAIN;
  }

  private String sourceFrom(Location location) {
    int line = location.line() - 1;
    if (line < 0 || line >= lines.length) {
      return "";
    }
    String text = lines[line];
    int column = Math.min(Math.max(location.column() - 1, 0), text.length());
    return text.substring(column);
  }

  private Location location(JsonLocation at) {
    return new Location(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
  }

  private void syntaxError(JsonProcessingException e) {
    problems.error(syntaxLocation(e), "YAML syntax: " + syntaxMessage(e));
  }

  /** Where SnakeYAML found the problem, else where Jackson was. */
  private Location syntaxLocation(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
    JsonLocation at = e.getLocation();
    return at == null ? new Location(file, 1, 1) : location(at);
  }

  /** SnakeYAML's problem and context, without its quoted source excerpt. */
  private static String syntaxMessage(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
      Mark mark = marked.getContextMark();
      String context = marked.getContext() == null || mark == null ? "" : " (" + marked.getContext()
          + " started at " + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ")";
      return marked.getProblem() + context;
    }
    return e.getOriginalMessage().replaceAll("\\s+", " ").trim();
  }
}
