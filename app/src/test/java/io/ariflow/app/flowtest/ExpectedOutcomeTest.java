package io.ariflow.app.flowtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.spec.Location;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectedOutcomeTest {

  private static ExpectedOutcome expect(OutcomeKind kind, String detail) {
    return new ExpectedOutcome(kind, Optional.ofNullable(detail), Location.unknown());
  }

  @Test
  void withoutADetailAnyEndOfThatKindMatches() {
    assertTrue(expect(OutcomeKind.HANGUP, null).matches(new Outcome(OutcomeKind.HANGUP, "busy")));
    assertFalse(expect(OutcomeKind.HANGUP, null).matches(new Outcome(OutcomeKind.CALLER_HANGUP, "")));
  }

  @Test
  void aDetailMustBeEqualExceptAFailureReasonWhichMustContainIt() {
    assertTrue(expect(OutcomeKind.TRANSFERRED, "104").matches(new Outcome(OutcomeKind.TRANSFERRED, "104")));
    assertFalse(expect(OutcomeKind.TRANSFERRED, "10").matches(new Outcome(OutcomeKind.TRANSFERRED, "104")));
    assertTrue(expect(OutcomeKind.FAILED, "timed out").matches(new Outcome(OutcomeKind.FAILED,
        "step lookup: timed out after 5s")));
  }

  @Test
  void outcomesReadAsWords() {
    assertEquals("hung up by the flow (busy)", new Outcome(OutcomeKind.HANGUP, "busy").describe());
    assertEquals("continued in the dialplan at sales,s,1", new Outcome(OutcomeKind.CONTINUE, "sales,s,1").describe());
    assertEquals("continued in the dialplan", new Outcome(OutcomeKind.CONTINUE, "").describe());
    assertEquals("failed with a reason containing 'x'", expect(OutcomeKind.FAILED, "x").describe());
  }
}
