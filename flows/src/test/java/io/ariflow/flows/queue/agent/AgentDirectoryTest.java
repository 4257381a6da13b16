package io.ariflow.flows.queue.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.definition.AutoPausePolicy;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.TransitionCoverage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The agent machine driven through its owner; every row of the agent table is exercised. */
class AgentDirectoryTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(AgentTable.TABLE);

  private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");
  private static final AutoPausePolicy NO_PAUSE = AutoPausePolicy.off();

  private final AgentDirectory directory = new AgentDirectory(COVERAGE);

  private AgentState state(String agent) {
    return directory.view(agent).orElseThrow().state();
  }

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  private void loginAlice() {
    directory.login("alice", "PJSIP/2001", Optional.empty(), T0);
  }

  @Test
  void an_agent_logs_in_available_and_out_again() {
    loginAlice();
    assertEquals(AgentState.AVAILABLE, state("alice"));
    directory.login("alice", "PJSIP/2001", Optional.empty(), at(1));
    assertEquals(AgentState.LOGGED_OUT, outcomeState(directory.logout("alice", at(2)), "alice"));
    assertEquals(Optional.of("PJSIP/2001"), directory.view("alice").orElseThrow().endpoint());
  }

  @Test
  void an_agent_may_log_in_paused_and_keeps_its_pause_across_a_second_login() {
    directory.login("bob", "PJSIP/2002", Optional.of("lunch"), T0);
    assertEquals(AgentState.PAUSED, state("bob"));
    assertEquals(Optional.of("lunch"), directory.view("bob").orElseThrow().pauseReason());
    directory.pause("bob", "meeting", at(1));
    assertEquals(Optional.of("meeting"), directory.view("bob").orElseThrow().pauseReason());
    directory.login("bob", "PJSIP/2002", Optional.empty(), at(2));
    assertEquals(AgentState.PAUSED, state("bob"));
    directory.unpause("bob", at(3));
    assertEquals(AgentState.AVAILABLE, state("bob"));
    directory.unpause("bob", at(4));
    directory.pause("bob", "break", at(5));
    directory.logout("bob", at(6));
    assertEquals(AgentState.LOGGED_OUT, state("bob"));
  }

  @Test
  void an_answered_offer_ends_in_wrap_up_then_available_when_the_wrap_up_elapses() {
    loginAlice();
    assertTrue(directory.reserve("alice", "c1", "sales", false, at(1)));
    assertEquals(AgentState.OFFERED, state("alice"));
    directory.answered("alice", "c1", at(3));
    assertEquals(AgentState.ON_CALL, state("alice"));
    directory.completed("alice", "c1", Duration.ofSeconds(10), at(60));
    AgentView wrapping = directory.view("alice").orElseThrow();
    assertEquals(AgentState.WRAP_UP, wrapping.state());
    assertEquals(Optional.of(at(70)), wrapping.wrapUpUntil());
    assertEquals(Optional.of(at(70)), directory.nextWakeAt());
    assertTrue(directory.tick(at(69)).isEmpty());
    directory.tick(at(70));
    AgentView free = directory.view("alice").orElseThrow();
    assertEquals(AgentState.AVAILABLE, free.state());
    assertEquals(1, free.callsTaken());
    assertEquals(Optional.of(at(60)), free.lastCallEnd());
    assertEquals(at(70), free.stateSince());
  }

  @Test
  void without_wrap_up_time_the_agent_is_available_as_soon_as_the_call_ends() {
    loginAlice();
    directory.reserve("alice", "c1", "sales", false, at(1));
    directory.answered("alice", "c1", at(2));
    Outcome ended = directory.completed("alice", "c1", Duration.ZERO, at(30));
    assertEquals(2, ((Outcome.Applied) ended).steps().size());
    assertEquals(AgentState.AVAILABLE, state("alice"));
  }

  @Test
  void refused_timed_out_and_cancelled_offers_return_the_agent_to_available() {
    loginAlice();
    for (Release release : Release.values()) {
      directory.reserve("alice", "c-" + release, "sales", false, at(1));
      directory.released("alice", "c-" + release, release, NO_PAUSE, at(2));
      assertEquals(AgentState.AVAILABLE, state("alice"), release.name());
    }
    assertEquals(1, directory.view("alice").orElseThrow().missedInARow(), "only the ring timeout is a miss");
  }

  @Test
  void consecutive_unanswered_offers_pause_the_agent_automatically() {
    loginAlice();
    AutoPausePolicy afterTwo = AutoPausePolicy.after(2, false);
    directory.reserve("alice", "c1", "sales", false, at(1));
    directory.released("alice", "c1", Release.UNANSWERED, afterTwo, at(16));
    directory.reserve("alice", "c2", "sales", false, at(20));
    directory.released("alice", "c2", Release.REFUSED, afterTwo, at(21));
    assertEquals(AgentState.AVAILABLE, state("alice"), "a refusal does not count here");
    directory.reserve("alice", "c3", "sales", false, at(22));
    directory.released("alice", "c3", Release.UNANSWERED, afterTwo, at(37));
    AgentView paused = directory.view("alice").orElseThrow();
    assertEquals(AgentState.PAUSED, paused.state());
    assertEquals(Optional.of("Auto-Pause"), paused.pauseReason());
    directory.unpause("alice", at(40));
    assertEquals(0, directory.view("alice").orElseThrow().missedInARow());
  }

  @Test
  void refusals_count_towards_auto_pause_when_the_queue_says_so_and_an_answer_resets_the_count() {
    loginAlice();
    AutoPausePolicy afterTwo = AutoPausePolicy.after(2, true);
    directory.reserve("alice", "c1", "sales", false, at(1));
    directory.released("alice", "c1", Release.REFUSED, afterTwo, at(2));
    directory.reserve("alice", "c2", "sales", false, at(3));
    directory.answered("alice", "c2", at(4));
    assertEquals(0, directory.view("alice").orElseThrow().missedInARow());
    directory.completed("alice", "c2", Duration.ZERO, at(5));
    directory.reserve("alice", "c3", "sales", false, at(6));
    directory.released("alice", "c3", Release.REFUSED, afterTwo, at(7));
    directory.reserve("alice", "c4", "sales", false, at(8));
    directory.released("alice", "c4", Release.REFUSED, afterTwo, at(9));
    assertEquals(AgentState.PAUSED, state("alice"));
  }

  @Test
  void a_pause_asked_for_on_a_call_waits_for_the_call_to_end_and_skips_the_wrap_up() {
    loginAlice();
    directory.reserve("alice", "c1", "sales", false, at(1));
    directory.pause("alice", "coffee", at(2));
    assertEquals(AgentState.OFFERED, state("alice"));
    directory.answered("alice", "c1", at(3));
    directory.pause("alice", "coffee", at(4));
    assertEquals(AgentState.ON_CALL, state("alice"));
    directory.completed("alice", "c1", Duration.ofSeconds(30), at(50));
    AgentView paused = directory.view("alice").orElseThrow();
    assertEquals(AgentState.PAUSED, paused.state());
    assertEquals(Optional.of("coffee"), paused.pauseReason());
    assertEquals(Optional.empty(), directory.nextWakeAt());
  }

  @Test
  void an_unpause_cancels_a_pause_that_waits_for_the_end_of_a_call() {
    loginAlice();
    directory.reserve("alice", "c1", "sales", false, at(1));
    directory.pause("alice", "coffee", at(2));
    directory.unpause("alice", at(3));
    directory.answered("alice", "c1", at(4));
    directory.pause("alice", "coffee", at(5));
    directory.unpause("alice", at(6));
    directory.completed("alice", "c1", Duration.ofSeconds(5), at(20));
    directory.unpause("alice", at(21));
    assertEquals(AgentState.WRAP_UP, state("alice"));
    directory.tick(at(25));
    assertEquals(AgentState.AVAILABLE, state("alice"));
  }

  @Test
  void a_logout_while_ringing_or_talking_waits_until_the_agent_is_free() {
    loginAlice();
    directory.reserve("alice", "c1", "sales", false, at(1));
    directory.logout("alice", at(2));
    assertEquals(AgentState.OFFERED, state("alice"));
    directory.released("alice", "c1", Release.CANCELLED, NO_PAUSE, at(3));
    assertEquals(AgentState.LOGGED_OUT, state("alice"));

    directory.login("bob", "PJSIP/2002", Optional.empty(), at(4));
    directory.reserve("bob", "c2", "sales", false, at(5));
    directory.answered("bob", "c2", at(6));
    directory.logout("bob", at(7));
    assertEquals(AgentState.ON_CALL, state("bob"));
    directory.completed("bob", "c2", Duration.ofSeconds(20), at(40));
    assertEquals(AgentState.LOGGED_OUT, state("bob"));
  }

  @Test
  void during_wrap_up_an_agent_may_pause_or_log_out_at_once() {
    loginAlice();
    directory.login("bob", "PJSIP/2002", Optional.empty(), T0);
    for (String agent : List.of("alice", "bob")) {
      directory.reserve(agent, "c-" + agent, "sales", false, at(1));
      directory.answered(agent, "c-" + agent, at(2));
      directory.completed(agent, "c-" + agent, Duration.ofSeconds(60), at(10));
    }
    directory.pause("alice", "paperwork", at(11));
    directory.logout("bob", at(11));
    assertEquals(AgentState.PAUSED, state("alice"));
    assertEquals(AgentState.LOGGED_OUT, state("bob"));
    assertEquals(Optional.empty(), directory.nextWakeAt());
  }

  @Test
  void an_agent_busy_on_a_call_of_any_queue_cannot_be_reserved_by_another() {
    loginAlice();
    assertTrue(directory.reserve("alice", "c1", "sales", false, at(1)));
    assertFalse(directory.reserve("alice", "c2", "support", true, at(2)));
    directory.answered("alice", "c1", at(3));
    assertFalse(directory.reserve("alice", "c2", "support", true, at(4)));
    assertFalse(directory.reserve("nobody", "c2", "support", true, at(4)));
    assertEquals(Optional.of("sales"), directory.view("alice").orElseThrow().queue());
  }

  @Test
  void an_unavailable_or_busy_device_keeps_an_available_agent_from_being_offered() {
    loginAlice();
    directory.deviceChanged("PJSIP/2001", DeviceState.UNAVAILABLE, at(1));
    AgentView unreachable = directory.view("alice").orElseThrow();
    assertEquals(AgentState.AVAILABLE, unreachable.state());
    assertFalse(unreachable.offerable(true));
    directory.deviceChanged("PJSIP/2001", DeviceState.INUSE, at(2));
    assertFalse(directory.view("alice").orElseThrow().offerable(false));
    assertTrue(directory.view("alice").orElseThrow().offerable(true), "ring-in-use rings a busy device");
    directory.deviceChanged("pjsip/2001", DeviceState.NOT_INUSE, at(3));
    assertTrue(directory.reserve("alice", "c1", "sales", false, at(4)));
  }

  @Test
  void an_offline_endpoint_is_unavailable_whatever_its_device_says() {
    directory.login("carol", "Local/2003@agents/n", Optional.empty(), T0);
    directory.deviceChanged("Local/2003@agents", DeviceState.NOT_INUSE, at(1));
    assertTrue(directory.view("carol").orElseThrow().offerable(false));
    directory.endpointChanged("Local/2003@agents/n", false, at(2));
    assertEquals(DeviceState.UNAVAILABLE, directory.view("carol").orElseThrow().device());
    directory.endpointChanged("Local/2003@agents/n", true, at(3));
    assertEquals(DeviceState.NOT_INUSE, directory.view("carol").orElseThrow().device());
  }

  @Test
  void a_device_state_seen_before_login_applies_once_the_agent_logs_in() {
    directory.deviceChanged("PJSIP/2001", DeviceState.INVALID, T0);
    loginAlice();
    assertFalse(directory.view("alice").orElseThrow().offerable(true));
  }

  @Test
  void device_changes_are_recorded_in_every_state_without_changing_it() {
    directory.register("alice", T0);
    assertFalse(directory.register("alice", T0));
    loginAlice();
    directory.logout("alice", at(1));
    directory.deviceChanged("PJSIP/2001", DeviceState.UNAVAILABLE, at(2));
    loginAlice();
    directory.deviceChanged("PJSIP/2001", DeviceState.NOT_INUSE, at(3));
    directory.reserve("alice", "c1", "sales", false, at(4));
    directory.deviceChanged("PJSIP/2001", DeviceState.RINGING, at(5));
    directory.answered("alice", "c1", at(6));
    directory.deviceChanged("PJSIP/2001", DeviceState.INUSE, at(7));
    directory.completed("alice", "c1", Duration.ofSeconds(5), at(8));
    directory.deviceChanged("PJSIP/2001", DeviceState.NOT_INUSE, at(9));
    directory.pause("alice", "x", at(9));
    List<Outcome> outcomes = directory.deviceChanged("PJSIP/2001", DeviceState.UNAVAILABLE, at(10));
    assertEquals(1, outcomes.size());
    assertEquals(AgentState.PAUSED, state("alice"));
    assertTrue(directory.history("alice").stream().anyMatch(e -> e.input() == AgentInput.DEVICE_CHANGED));
  }

  @Test
  void answering_another_call_is_refused_with_the_agent_history() {
    loginAlice();
    directory.reserve("alice", "c1", "sales", false, at(1));
    Outcome wrong = directory.answered("alice", "c9", at(2));
    Outcome.Illegal illegal = assertInstanceOf(Outcome.Illegal.class, wrong);
    assertTrue(illegal.transition().describe().contains("not on call c9 (on c1)"), illegal.transition().describe());
    assertTrue(directory.unpause("ghost", at(3)) instanceof Outcome.Ignored);
    directory.released("alice", "c1", Release.CANCELLED, NO_PAUSE, at(4));
    directory.logout("alice", at(5));
    assertTrue(directory.unpause("alice", at(6)).isIllegal(), "unpausing a logged-out agent");
    assertTrue(directory.completed("alice", "c1", Duration.ZERO, at(7)).isIllegal());
    assertTrue(directory.released("alice", "c1", Release.REFUSED, NO_PAUSE, at(7)).isIllegal());
  }

  @Test
  void reconciling_repairs_agents_whose_calls_are_gone() {
    loginAlice();
    directory.login("bob", "PJSIP/2002", Optional.empty(), T0);
    directory.reserve("alice", "lost-ring", "sales", false, at(1));
    directory.reserve("bob", "lost-talk", "sales", false, at(1));
    directory.answered("bob", "lost-talk", at(2));
    assertEquals(2, directory.reconcile(call -> false, at(30)).size());
    assertEquals(AgentState.AVAILABLE, state("alice"));
    assertEquals(AgentState.AVAILABLE, state("bob"));
    assertTrue(directory.reconcile(call -> false, at(31)).isEmpty());
  }

  @Test
  void applied_rows_are_kept_until_drained() {
    loginAlice();
    directory.pause("alice", "lunch", at(1));
    List<AgentChange> changes = directory.drainChanges();
    assertEquals(List.of(AgentInput.LOGIN, AgentInput.PAUSE), changes.stream().map(AgentChange::input).toList());
    assertEquals(Optional.of("lunch"), changes.get(1).reason());
    assertTrue(changes.get(1).moved());
    assertTrue(directory.drainChanges().isEmpty());
  }

  private AgentState outcomeState(Outcome outcome, String agent) {
    assertFalse(outcome.isIllegal(), outcome.toString());
    return state(agent);
  }
}
