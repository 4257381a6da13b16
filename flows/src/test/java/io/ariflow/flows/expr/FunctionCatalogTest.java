package io.ariflow.flows.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every standard function has a worked example here and a row in the language documentation. */
class FunctionCatalogTest {

  private static final Map<String, String> EXAMPLES = new TreeMap<>(Map.ofEntries(
      Map.entry("len", "len('abc') == 3"),
      Map.entry("upper", "upper('a') == 'A'"),
      Map.entry("lower", "lower('A') == 'a'"),
      Map.entry("trim", "trim(' a ') == 'a'"),
      Map.entry("substr", "substr('abc', 1) == 'bc'"),
      Map.entry("contains", "contains('abc', 'b')"),
      Map.entry("startsWith", "startsWith('abc', 'a')"),
      Map.entry("endsWith", "endsWith('abc', 'c')"),
      Map.entry("replace", "replace('abc', 'b', 'x') == 'axc'"),
      Map.entry("concat", "concat('1', '2') == '12'"),
      Map.entry("matches", "matches('1234', '1\\d{3}')"),
      Map.entry("number", "number(' 4 ') == 4"),
      Map.entry("string", "string(4) == '4'"),
      Map.entry("default", "default(missing, 'x') == 'x'"),
      Map.entry("empty", "empty(missing)"),
      Map.entry("round", "round(2.5) == 3"),
      Map.entry("floor", "floor(2.5) == 2"),
      Map.entry("ceil", "ceil(2.5) == 3"),
      Map.entry("abs", "abs(-2) == 2"),
      Map.entry("min", "min(1, 2) == 1"),
      Map.entry("max", "max(1, 2) == 2"),
      Map.entry("hour", "hour() == 9"),
      Map.entry("minute", "minute() == 30"),
      Map.entry("weekday", "weekday() == 3"),
      Map.entry("date", "date('EEE d') == 'Wed 10'")));

  @Test
  void every_function_has_a_passing_example() {
    assertEquals(FunctionRegistry.standard().names(), EXAMPLES.keySet());
    MapScope scope = new MapScope(Map.of(),
        Instant.parse("2024-01-10T08:30:00Z").atZone(ZoneId.of("Europe/Brussels")));
    EXAMPLES.forEach((name, example) ->
        assertTrue(Expressions.parse(example).test(scope), name + ": " + example));
  }

  @Test
  void every_function_is_documented_in_the_language_reference() throws IOException {
    Path doc = Path.of("docs", "LANGUAGE.md");
    assumeTrue(Files.exists(doc), "skipped: " + doc.toAbsolutePath() + " is missing");
    String text = Files.readString(doc);
    for (String name : FunctionRegistry.standard().names()) {
      assertTrue(text.contains("`" + name + "("), "LANGUAGE.md does not document " + name + "()");
    }
  }
}
