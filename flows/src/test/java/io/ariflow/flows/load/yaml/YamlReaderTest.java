package io.ariflow.flows.load.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.load.Problem;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.spec.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private final Problems problems = new Problems();

  private List<YamlNode> read(String text) {
    return YamlReader.read("f.yaml", text, problems);
  }

  private YamlScalar scalar(String key, String text) {
    YamlMap map = (YamlMap) read(text).get(0);
    return (YamlScalar) map.get(key).orElseThrow();
  }

  @Test
  void readsEveryDocumentOfAStream() {
    List<YamlNode> docs = read("flow: a\n---\nflow: b\n");
    assertEquals(2, docs.size());
    assertEquals(new Location("f.yaml", 3, 1), docs.get(1).location());
  }

  @Test
  void remembersLineAndColumnOfKeysAndValues() {
    YamlMap map = (YamlMap) read("flow: a\nsteps:\n  greet:\n    type: answer\n").get(0);
    YamlMap steps = (YamlMap) map.get("steps").orElseThrow();
    YamlEntry greet = steps.entries().get(0);
    assertEquals(new Location("f.yaml", 3, 3), greet.keyLocation());
    assertEquals(new Location("f.yaml", 4, 11), ((YamlMap) greet.value()).get("type").orElseThrow().location());
  }

  @Test
  void pointsInsideAPlainScalar() {
    YamlScalar s = scalar("url", "url: http://x/${a.b}\n");
    assertEquals(new Location("f.yaml", 1, 17), s.locationAt(s.text().indexOf("a.b")));
  }

  @Test
  void pointsInsideADoubleQuotedScalarPastEscapes() {
    YamlScalar s = scalar("v", "v: \"a\\tb ${x}\"\n");
    assertEquals("a\tb ${x}", s.text());
    assertEquals(ScalarStyle.DOUBLE_QUOTED, s.style());
    assertEquals(new Location("f.yaml", 1, 12), s.locationAt(s.text().indexOf('x')));
  }

  @Test
  void pointsInsideASingleQuotedScalarPastDoubledQuotes() {
    YamlScalar s = scalar("v", "v: 'it''s ${x}'\n");
    assertEquals("it's ${x}", s.text());
    assertEquals(new Location("f.yaml", 1, 13), s.locationAt(s.text().indexOf('x')));
  }

  @Test
  void pointsAtTheStartOfABlockScalar() {
    YamlScalar s = scalar("v", "v: |\n  line ${x}\n");
    assertEquals(ScalarStyle.BLOCK, s.style());
    assertEquals(s.location(), s.locationAt(7));
  }

  @Test
  void typesScalarsAsYamlResolvesThem() {
    YamlMap map = (YamlMap) read("a: 1\nb: 1.5\nc: true\nd: ~\ne: '1'\n").get(0);
    assertEquals(Map.of("a", 1L, "b", 1.5, "c", true, "e", "1"), withoutNulls(map));
    assertEquals(ScalarType.NULL, ((YamlScalar) map.get("d").orElseThrow()).type());
    assertEquals(ScalarType.STRING, ((YamlScalar) map.get("e").orElseThrow()).type());
  }

  @Test
  void reportsDuplicateKeysAndKeepsTheFirst() {
    YamlMap map = (YamlMap) read("a: 1\na: 2\n").get(0);
    assertEquals(1L, map.get("a").orElseThrow().plain());
    assertEquals(List.of("f.yaml:2:1: error: duplicate key 'a': remove one of them"), formatted());
  }

  @Test
  void reportsAliases() {
    read("a: &x 1\nb: *x\n");
    assertEquals(List.of("f.yaml:2:4: error: YAML aliases (*x) are not supported: repeat the value"), formatted());
  }

  @Test
  void reportsASyntaxErrorAndKeepsTheDocumentsBeforeIt() {
    List<YamlNode> docs = read("flow: a\n---\nb: [1\nc: 2\n");
    assertEquals(1, docs.size());
    assertEquals(1, problems.toList().size());
    assertEquals(4, problems.toList().get(0).location().line());
  }

  private List<String> formatted() {
    return problems.toList().stream().map(Problem::format).toList();
  }

  private static Map<String, Object> withoutNulls(YamlMap map) {
    Map<String, Object> plain = new java.util.HashMap<>();
    map.entries().forEach(e -> {
      if (e.value().plain() != null) {
        plain.put(e.key(), e.value().plain());
      }
    });
    return plain;
  }
}
