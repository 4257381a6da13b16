package io.ariflow.flows.load.decl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.Problem;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlReader;
import io.ariflow.flows.spec.Matcher;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchKindsTest {

  private final Problems problems = new Problems();

  private Optional<Matcher> match(String yaml) {
    YamlNode node = ((YamlMap) YamlReader.read("m.yaml", "match: " + yaml + "\n", problems).get(0))
        .get("match").orElseThrow();
    return MatchKinds.matcher().read(node, "match", new ReadContext(problems));
  }

  private List<String> messages() {
    return problems.toList().stream().map(Problem::format).toList();
  }

  @Test
  void slashesMakeAPattern() {
    Matcher m = match("/1\\d{3}/").orElseThrow();
    assertInstanceOf(Matcher.Regex.class, m);
    assertTrue(m.matches("1234"));
  }

  @Test
  void plainDigitsAreAnExactValue() {
    assertEquals(Optional.of(new Matcher.Exact("42#")), match("\"42#\""));
    assertEquals(Optional.of(new Matcher.Exact("7")), match("7"));
  }

  @Test
  void aListIsAnyOfItsExactValues() {
    assertEquals(Optional.of(new Matcher.AnyOf(List.of("1", "2"))), match("[\"1\", \"2\"]"));
  }

  @Test
  void anExactValueNoPhoneCanDialIsRejectedWithAPatternHint() {
    assertEquals(Optional.empty(), match("\"[3-5]\""));
    assertEquals(List.of("m.yaml:1:8: error: 'match': \"[3-5]\" can never be dialled: exact values use 0-9 * #;"
        + " write a pattern as /[3-5]/"), messages());
  }

  @Test
  void aBadPatternIsReportedAtItsColumn() {
    assertEquals(Optional.empty(), match("/(1|2/"));
    assertEquals(List.of("m.yaml:1:13: error: 'match': bad pattern /(1|2/: Unclosed group"), messages());
  }

  @Test
  void aListHoldsExactValuesOnly() {
    assertEquals(Optional.empty(), match("[\"1\", /2/]"));
    assertEquals(List.of("m.yaml:1:14: error: 'match': a list holds exact values only; use one /regex/ for"
        + " patterns"), messages());
  }

  @Test
  void directDialTakesARegexWithOrWithoutSlashes() {
    YamlNode bare = ((YamlMap) YamlReader.read("m.yaml", "d: 1\\d{3}\n", problems).get(0)).get("d").orElseThrow();
    assertTrue(MatchKinds.regex().read(bare, "directDial", new ReadContext(problems)).orElseThrow()
        .matches("1000"));
    assertEquals(List.of(), messages());
  }
}
