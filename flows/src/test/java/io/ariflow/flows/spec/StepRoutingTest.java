package io.ariflow.flows.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.expr.Expressions;
import io.ariflow.flows.expr.Templates;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StepRoutingTest {

  private static StepCommon common(String next, Map<String, String> on, Duration timeout) {
    return new StepCommon("s", Optional.ofNullable(next), on, Optional.ofNullable(timeout), Location.unknown());
  }

  private static PlaySpec play(boolean bargeIn, String next, Map<String, String> on) {
    return new PlaySpec(common(next, on, null), List.of(new MediaRef(MediaScheme.SOUND, Templates.parse("x"))),
        Optional.empty(), 1, bargeIn, false);
  }

  @Test
  void nextRoutesTheDefaultOutcome() {
    assertEquals(Optional.of("b"), play(false, "b", Map.of()).targetOf("done"));
  }

  @Test
  void onOverridesNext() {
    assertEquals(Optional.of("c"), play(false, "b", Map.of("done", "c")).targetOf("done"));
  }

  @Test
  void interruptedFollowsNextUnlessRouted() {
    assertEquals(Optional.of("b"), play(true, "b", Map.of()).targetOf("interrupted"));
    assertEquals(Optional.of("m"), play(true, "b", Map.of("interrupted", "m")).targetOf("interrupted"));
  }

  @Test
  void interruptedExistsOnlyWithBargeIn() {
    assertFalse(play(false, "b", Map.of()).outcomes().contains("interrupted"));
    assertTrue(play(true, "b", Map.of()).outcomes().contains("interrupted"));
  }

  @Test
  void errorAndHangupAreUnroutedUnlessOnNamesThem() {
    PlaySpec spec = play(false, "b", Map.of("hangup", "log"));
    assertEquals(Optional.empty(), spec.targetOf("error"));
    assertEquals(Optional.of("log"), spec.targetOf("hangup"));
  }

  @Test
  void timeoutExistsOnlyWhenTheStepSetsOne() {
    PauseSpec without = new PauseSpec(common("b", Map.of(), null), Duration.ofSeconds(1));
    PauseSpec with = new PauseSpec(common("b", Map.of(), Duration.ofSeconds(3)), Duration.ofSeconds(1));
    assertEquals(Set.of("done", "error", "hangup"), without.allOutcomes());
    assertEquals(Set.of("done", "error", "hangup", "timeout"), with.allOutcomes());
  }

  @Test
  void menuChoicesAreOutcomesRoutedByTheChoices() {
    MenuSpec menu = new MenuSpec(common(null, Map.of("invalid", "bye", "noinput", "bye"), null), List.of(),
        List.of(new MenuChoice("1", new Matcher.Exact("1"), "sales"),
            new MenuChoice("/[3-5]/", new Matcher.Regex(Pattern.compile("[3-5]")), "other")),
        List.of(), List.of(), List.of(), 3, 3, Duration.ofSeconds(5), Duration.ofSeconds(3), 1, Optional.empty(),
        Optional.empty(), Optional.of("*"));
    assertEquals(Set.of("choice:1", "choice:/[3-5]/", "invalid", "noinput", "back"), menu.outcomes());
    assertEquals(Optional.of("other"), menu.targetOf(menu.choiceFor("4").orElseThrow().outcome()));
    assertEquals(Optional.empty(), menu.defaultOutcome());
  }

  @Test
  void branchCasesAreNumberedFromOneAndElseIsTheDefault() {
    BranchSpec branch = new BranchSpec(common("fallthrough", Map.of(), null),
        List.of(new BranchCase(Expressions.parse("a > 1"), "big", Location.unknown())), Optional.empty());
    assertEquals(Optional.of("big"), branch.targetOf(BranchSpec.caseOutcome(0)));
    assertEquals(Optional.of("fallthrough"), branch.targetOf("else"));
  }

  @Test
  void gotoRoutesDoneToItsTarget() {
    GotoSpec spec = new GotoSpec(common(null, Map.of("exhausted", "bye"), null), "top", OptionalInt.of(2));
    assertEquals(Optional.of("top"), spec.targetOf("done"));
    assertEquals(Optional.of("bye"), spec.targetOf("exhausted"));
  }

  @Test
  void httpPicksTheMostSpecificRoutedStatus() {
    HttpSpec http = new HttpSpec(common("ok", Map.of("404", "missing", "4xx", "client", "failure", "f"), null),
        HttpMethod.GET, Templates.parse("http://x"), Map.of(), Optional.empty(), Duration.ofSeconds(5), 0,
        Duration.ofMillis(200), Optional.empty(), List.of(), StatusRange.SUCCESS);
    assertEquals("404", http.outcomeFor(404));
    assertEquals("4xx", http.outcomeFor(403));
    assertEquals("success", http.outcomeFor(204));
    assertEquals("failure", http.outcomeFor(500));
    assertTrue(http.produces("503"));
    assertTrue(http.produces("5xx"));
    assertFalse(http.produces("700"));
  }

  @Test
  void terminalStepsCanEndTheRunAndHaveNoDefault() {
    HangupSpec hangup = new HangupSpec(common(null, Map.of(), null), "normal");
    assertTrue(hangup.canEnd());
    assertEquals(Optional.empty(), hangup.defaultOutcome());
    assertEquals(Set.of(), hangup.outcomes());
  }
}
