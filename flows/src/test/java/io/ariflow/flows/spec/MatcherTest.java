package io.ariflow.flows.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatcherTest {

  @Test
  void exactMatchesOnlyTheWholeValue() {
    Matcher m = new Matcher.Exact("42#");
    assertTrue(m.matches("42#"));
    assertFalse(m.matches("42"));
    assertFalse(m.matches("42#1"));
  }

  @Test
  void exactCanExtendOnlyAStrictPrefix() {
    Matcher m = new Matcher.Exact("42#");
    assertTrue(m.canExtend(""));
    assertTrue(m.canExtend("42"));
    assertFalse(m.canExtend("42#"));
    assertFalse(m.canExtend("5"));
  }

  @Test
  void anyOfMatchesEachListedValue() {
    Matcher m = new Matcher.AnyOf(List.of("1", "22"));
    assertTrue(m.matches("1"));
    assertTrue(m.matches("22"));
    assertFalse(m.matches("2"));
    assertTrue(m.canExtend("2"));
    assertFalse(m.canExtend("1"));
  }

  @Test
  void regexMatchesTheWholeInput() {
    Matcher m = new Matcher.Regex(Pattern.compile("1\\d{3}"));
    assertTrue(m.matches("1234"));
    assertFalse(m.matches("12345"));
    assertFalse(m.matches("2234"));
    assertEquals("/1\\d{3}/", m.source());
  }

  @Test
  void regexCanExtendWhileMoreDigitsCouldStillMatch() {
    Matcher m = new Matcher.Regex(Pattern.compile("1\\d{3}"));
    assertTrue(m.canExtend("1"));
    assertTrue(m.canExtend("123"));
    assertFalse(m.canExtend("2"));
  }

  @Test
  void regexesWithTheSamePatternAreEqual() {
    assertEquals(new Matcher.Regex(Pattern.compile("[3-5]")), new Matcher.Regex(Pattern.compile("[3-5]")));
    assertEquals(new Matcher.Regex(Pattern.compile("[3-5]")).hashCode(),
        new Matcher.Regex(Pattern.compile("[3-5]")).hashCode());
  }
}
