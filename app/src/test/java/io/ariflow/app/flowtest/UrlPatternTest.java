package io.ariflow.app.flowtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class UrlPatternTest {

  @Test
  void aStarMatchesAnyRunOfCharactersAndTheRestIsLiteral() {
    UrlPattern pattern = UrlPattern.parse("https://crm.example.com/customers/*?full=1");

    assertTrue(pattern.matches("https://crm.example.com/customers/42?full=1"));
    assertFalse(pattern.matches("https://crm.example.com/customers/42?full=2"));
    assertFalse(pattern.matches("https://crmXexample.com/customers/42?full=1"));
  }

  @Test
  void theWholeUrlMustMatch() {
    assertFalse(UrlPattern.parse("https://crm/a").matches("https://crm/a/b"));
    assertTrue(UrlPattern.parse("*").matches("https://anything"));
  }

  @Test
  void slashesMakeARegularExpression() {
    UrlPattern pattern = UrlPattern.parse("/https://crm/callers/\\d+/");

    assertTrue(pattern.matches("https://crm/callers/123"));
    assertFalse(pattern.matches("https://crm/callers/abc"));
    assertThrows(PatternSyntaxException.class, () -> UrlPattern.parse("/[/"));
  }
}
