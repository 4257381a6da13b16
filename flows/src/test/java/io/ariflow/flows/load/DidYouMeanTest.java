package io.ariflow.flows.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  private static final List<String> FIELDS = List.of("media", "lang", "loops", "bargeIn", "earlyMedia", "next");

  @Test
  void suggestsTheNameWithTheSmallestEditDistance() {
    assertEquals(Optional.of("bargeIn"), DidYouMean.closest("bargein", FIELDS));
    assertEquals(Optional.of("next"), DidYouMean.closest("nxt", FIELDS));
    assertEquals(Optional.of("media"), DidYouMean.closest("medai", FIELDS));
  }

  @Test
  void countsAnAdjacentSwapAsOneEdit() {
    assertEquals(1, DidYouMean.distance("paly", "play"));
    assertEquals(2, DidYouMean.distance("pyal", "play"));
  }

  @Test
  void ignoresCase() {
    assertEquals(0, DidYouMean.distance("BargeIn", "bargein"));
  }

  @Test
  void suggestsNothingWhenEveryNameIsFarAway() {
    assertEquals(Optional.empty(), DidYouMean.closest("reason", FIELDS));
    assertEquals("", DidYouMean.hint("x", List.of("type")));
  }

  @Test
  void allowsMoreEditsForLongerNames() {
    assertEquals(Optional.of("firstDigitTimeout"),
        DidYouMean.closest("firstDgitTimout", List.of("firstDigitTimeout", "interDigitTimeout")));
    assertEquals(Optional.empty(), DidYouMean.closest("ab", List.of("xy")));
  }

  @Test
  void hintReadsAsAQuestion() {
    assertEquals("; did you mean 'play'?", DidYouMean.hint("paly", List.of("play", "pause")));
  }
}
