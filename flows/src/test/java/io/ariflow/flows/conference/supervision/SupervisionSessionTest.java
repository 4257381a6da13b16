package io.ariflow.flows.conference.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.AudioDirection;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.state.TransitionCoverage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spy, whisper and barge as commands and as who hears whom; switching; the policy; the end in every state. */
class SupervisionSessionTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(SupervisionTable.TABLE);

  private static SessionDriver started(SupervisionMode mode) {
    SessionDriver driver = new SessionDriver(mode, COVERAGE);
    driver.start(SessionDriver.ALLOW_ALL);
    if (mode.usesSnoop()) {
      driver.ready(driver.lastSnoop());
    }
    return driver;
  }

  @Test
  void listening_bridges_the_supervisor_with_a_snoop_that_spies_both_ways_and_whispers_nothing() {
    SessionDriver driver = new SessionDriver(SupervisionMode.LISTEN, COVERAGE);
    SupervisionDecision start = driver.start(SessionDriver.ALLOW_ALL);
    assertEquals(List.of(new Command.CreateBridge("bridge-1", "supervision-s1"),
        new Command.AddToBridge("bridge-1", "sup"),
        new Command.CreateSnoop("snoop-1", "agent", AudioDirection.BOTH, AudioDirection.NONE)), start.commands());
    assertEquals(new SupervisionAnswer.Switching(SupervisionMode.LISTEN), start.answer());
    assertEquals(Set.of(), driver.hearing().heardBy("sup"), "nothing to hear until the snoop is up");
    SupervisionDecision ready = driver.ready("snoop-1");
    assertEquals(List.of(new Command.AddToBridge("bridge-1", "snoop-1")), ready.commands());
    assertEquals(new SupervisionAnswer.InMode(SupervisionMode.LISTEN), ready.answer());
    Hearing hearing = driver.hearing();
    assertEquals(Set.of("agent", "cust"), hearing.heardBy("sup"));
    assertEquals(Set.of(), hearing.listenersOf("sup"), "the supervised parties hear nothing when only listening");
    assertTrue(hearing.hears("cust", "agent") && hearing.hears("agent", "cust"));
  }

  @Test
  void whispering_is_heard_by_the_agent_only() {
    SessionDriver driver = started(SupervisionMode.WHISPER);
    assertEquals(new Command.CreateSnoop("snoop-1", "agent", AudioDirection.BOTH, AudioDirection.OUT),
        driver.decisions.get(0).commands().get(2));
    Hearing hearing = driver.hearing();
    assertEquals(Set.of("agent"), hearing.listenersOf("sup"));
    assertEquals(Set.of("agent", "cust"), hearing.heardBy("sup"));
    assertFalse(hearing.hears("cust", "sup"));
  }

  @Test
  void barging_joins_the_call_bridge_and_everyone_hears_everyone() {
    SessionDriver driver = new SessionDriver(SupervisionMode.BARGE, COVERAGE);
    SupervisionDecision start = driver.start(SessionDriver.ALLOW_ALL);
    assertEquals(List.of(new Command.AddToBridge("call", "sup")), start.commands());
    assertEquals(new SupervisionAnswer.InMode(SupervisionMode.BARGE), start.answer());
    Hearing hearing = driver.hearing();
    assertEquals(Set.of("agent", "cust"), hearing.listenersOf("sup"));
    assertEquals(Set.of("agent", "cust"), hearing.heardBy("sup"));
  }

  @Test
  void listen_to_whisper_makes_the_new_snoop_before_dropping_the_old_one() {
    SessionDriver driver = started(SupervisionMode.LISTEN);
    SupervisionDecision switching = driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.WHISPER));
    assertEquals(List.of(new Command.CreateSnoop("snoop-2", "agent", AudioDirection.BOTH, AudioDirection.OUT)),
        switching.commands());
    assertEquals(Set.of("agent", "cust"), driver.hearing().heardBy("sup"), "still listening meanwhile");
    assertEquals(Optional.of(SupervisionMode.LISTEN), driver.session.mode());
    SupervisionDecision ready = driver.ready("snoop-2");
    assertEquals(List.of(new Command.AddToBridge("bridge-1", "snoop-2"), new Command.HangUp("snoop-1", "normal")),
        ready.commands());
    assertEquals(Set.of("agent"), driver.hearing().listenersOf("sup"));
    driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.LISTEN));
    driver.ready("snoop-3");
    assertEquals(Set.of(), driver.hearing().listenersOf("sup"));
    assertEquals(SupervisionState.LISTENING, driver.session.state());
  }

  @Test
  void whisper_to_barge_and_back_to_listen_moves_the_supervisor_between_bridges() {
    SessionDriver driver = started(SupervisionMode.WHISPER);
    SupervisionDecision barge = driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.BARGE));
    assertEquals(List.of(new Command.AddToBridge("call", "sup"), new Command.HangUp("snoop-1", "normal")),
        barge.commands());
    assertEquals(Set.of("agent", "cust"), driver.hearing().listenersOf("sup"));
    driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.LISTEN));
    assertEquals(Set.of("agent", "cust"), driver.hearing().listenersOf("sup"), "barging until the snoop is up");
    SupervisionDecision ready = driver.ready("snoop-2");
    assertEquals(List.of(new Command.AddToBridge("bridge-1", "snoop-2"), new Command.AddToBridge("bridge-1", "sup")),
        ready.commands());
    assertEquals(Set.of(), driver.hearing().listenersOf("sup"));
    assertEquals(Set.of("agent", "cust"), driver.hearing().heardBy("sup"));
  }

  @Test
  void a_session_started_barging_creates_its_own_bridge_only_when_it_first_listens() {
    SessionDriver driver = started(SupervisionMode.BARGE);
    SupervisionDecision whisper = driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.WHISPER));
    assertEquals(List.of(new Command.CreateBridge("bridge-1", "supervision-s1"),
        new Command.CreateSnoop("snoop-1", "agent", AudioDirection.BOTH, AudioDirection.OUT)), whisper.commands());
    driver.ready("snoop-1");
    assertEquals(Set.of("agent"), driver.hearing().listenersOf("sup"));
  }

  @Test
  void a_switch_the_rules_do_not_allow_is_refused_and_the_session_goes_on_as_it_was() {
    SessionDriver driver = new SessionDriver(SupervisionMode.LISTEN, COVERAGE);
    driver.start((supervisor, agent, mode) -> mode == SupervisionMode.BARGE
        ? new PolicyVerdict.Denied("no barging") : new PolicyVerdict.Allowed());
    driver.ready(driver.lastSnoop());

    SupervisionDecision key = driver.send(new SupervisionMessage.DtmfReceived('6'));
    SupervisionDecision operation = driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.BARGE));

    assertEquals(new SupervisionAnswer.NotAllowed(SupervisionMode.BARGE, "no barging"), key.answer());
    assertEquals(new SupervisionAnswer.NotAllowed(SupervisionMode.BARGE, "no barging"), operation.answer());
    assertEquals(List.of(), key.commands());
    assertEquals(Optional.of(SupervisionMode.LISTEN), driver.session.mode());
    assertFalse(driver.hearing().hears("cust", "sup"), "the customer still does not hear the supervisor");
  }

  @Test
  void the_supervisor_s_keys_switch_modes_and_stop() {
    SessionDriver driver = started(SupervisionMode.LISTEN);
    assertEquals(new SupervisionAnswer.Switching(SupervisionMode.WHISPER),
        driver.send(new SupervisionMessage.DtmfReceived('5')).answer());
    driver.ready("snoop-2");
    assertEquals(new SupervisionAnswer.InMode(SupervisionMode.BARGE),
        driver.send(new SupervisionMessage.DtmfReceived('6')).answer());
    assertInstanceOf(SupervisionAnswer.Ignored.class, driver.send(new SupervisionMessage.DtmfReceived('9')).answer());
    assertEquals(new SupervisionAnswer.Switching(SupervisionMode.LISTEN),
        driver.send(new SupervisionMessage.DtmfReceived('4')).answer());
    driver.ready("snoop-3");
    assertEquals(new SupervisionAnswer.Ended(SupervisionOutcome.STOPPED, "stopped"),
        driver.send(new SupervisionMessage.DtmfReceived('*')).answer());
  }

  @Test
  void asking_for_the_current_mode_changes_nothing_and_a_switch_during_a_switch_is_busy() {
    for (SupervisionMode mode : SupervisionMode.values()) {
      SessionDriver driver = started(mode);
      SupervisionDecision same = driver.send(new SupervisionMessage.SwitchMode(mode));
      assertEquals(new SupervisionAnswer.NoChange(mode), same.answer());
      assertTrue(same.commands().isEmpty());
    }
    SessionDriver driver = new SessionDriver(SupervisionMode.LISTEN, COVERAGE);
    driver.start(SessionDriver.ALLOW_ALL);
    assertEquals(new SupervisionAnswer.Busy(),
        driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.BARGE)).answer());
  }

  @Test
  void the_policy_refuses_before_any_snoop_is_made() {
    SessionDriver driver = new SessionDriver(SupervisionMode.WHISPER, COVERAGE);
    SupervisionDecision refused = driver.start((supervisor, agent, mode) ->
        new PolicyVerdict.Denied("not your team"));
    assertEquals(new SupervisionAnswer.Ended(SupervisionOutcome.REFUSED, "not your team"), refused.answer());
    assertTrue(refused.commands().isEmpty());
    assertEquals(Optional.of(SupervisionOutcome.REFUSED), driver.session.outcome());
    assertInstanceOf(SupervisionAnswer.Illegal.class, driver.send(new SupervisionMessage.Stop()).answer());
    assertInstanceOf(SupervisionAnswer.Illegal.class,
        driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.LISTEN)).answer());
  }

  @Test
  void a_snoop_that_cannot_be_made_ends_the_session_and_destroys_its_bridge() {
    SessionDriver driver = new SessionDriver(SupervisionMode.LISTEN, COVERAGE);
    driver.start(SessionDriver.ALLOW_ALL);
    SupervisionDecision failed = driver.send(new SupervisionMessage.SnoopFailed("snoop-1", "Channel not found"));
    assertEquals(new SupervisionAnswer.Ended(SupervisionOutcome.FAILED, "Channel not found"), failed.answer());
    assertEquals(List.of(new Command.DestroyBridge("bridge-1")), failed.commands());
    assertEquals(Set.of(SessionDriver.CALL), driver.replay.bridges().keySet());
  }

  @Test
  void a_snoop_failing_during_a_switch_ends_the_session_and_drops_the_old_snoop() {
    SessionDriver driver = started(SupervisionMode.WHISPER);
    driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.LISTEN));
    assertInstanceOf(SupervisionAnswer.Ignored.class,
        driver.send(new SupervisionMessage.SnoopFailed("snoop-1", "old")).answer());
    SupervisionDecision failed = driver.send(new SupervisionMessage.SnoopFailed("snoop-2", "gone"));
    assertEquals(List.of(new Command.HangUp("snoop-1", "normal"), new Command.DestroyBridge("bridge-1")),
        failed.commands());
    assertEquals(new SupervisionAnswer.Ended(SupervisionOutcome.FAILED, "gone"),
        failed.answer());
    assertEquals(new SupervisionAnswer.Ended(SupervisionOutcome.FAILED, "already ended"),
        driver.send(new SupervisionMessage.SnoopFailed("snoop-2", "again")).answer());
  }

  @Test
  void a_snoop_that_comes_up_after_the_end_is_hung_up_at_once() {
    SessionDriver driver = new SessionDriver(SupervisionMode.LISTEN, COVERAGE);
    driver.start(SessionDriver.ALLOW_ALL);
    driver.send(new SupervisionMessage.Stop());
    SupervisionDecision late = driver.ready("snoop-1");
    assertEquals(List.of(new Command.HangUp("snoop-1", "normal")), late.commands());
    SessionDriver whisper = new SessionDriver(SupervisionMode.WHISPER, COVERAGE);
    whisper.start(SessionDriver.ALLOW_ALL);
    whisper.send(new SupervisionMessage.TargetGone());
    assertEquals(List.of(new Command.HangUp("snoop-1", "normal")), whisper.ready("snoop-1").commands());
    assertInstanceOf(SupervisionAnswer.Ignored.class, whisper.ready("snoop-9").answer());
  }

  static Stream<Arguments> endings() {
    List<SupervisionMessage> messages = List.of(new SupervisionMessage.TargetGone(),
        new SupervisionMessage.SupervisorGone(), new SupervisionMessage.Stop());
    List<String> situations = List.of("connecting", "listening", "whispering", "barging", "switching");
    return situations.stream().flatMap(situation -> messages.stream().map(message -> Arguments.of(situation, message)));
  }

  @ParameterizedTest(name = "{1} while {0}")
  @MethodSource("endings")
  void every_end_leaves_no_snoop_no_supervisor_bridge_and_no_supervisor_in_the_call(String situation,
      SupervisionMessage message) {
    SessionDriver driver = in(situation);
    SupervisionAnswer.Ended ended = assertInstanceOf(SupervisionAnswer.Ended.class, driver.send(message).answer());
    assertEquals(SupervisionState.ENDED, driver.session.state());
    assertEquals(Set.of(), driver.replay.snoops());
    assertEquals(Set.of(SessionDriver.CALL), driver.replay.bridges().keySet());
    boolean barged = situation.equals("barging") || situation.equals("switching");
    boolean hungUp = message instanceof SupervisionMessage.SupervisorGone;
    assertEquals(barged && hungUp, driver.replay.bridges().get(SessionDriver.CALL).contains("sup"),
        "a barging supervisor is taken out of the call unless its hangup took it out already");
    assertEquals(Optional.of(ended.outcome()), driver.session.outcome());
    assertEquals(new SupervisionAnswer.Ended(ended.outcome(), "already ended"), driver.send(message).answer());
  }

  private static SessionDriver in(String situation) {
    return switch (situation) {
      case "connecting" -> {
        SessionDriver driver = new SessionDriver(SupervisionMode.LISTEN, COVERAGE);
        driver.start(SessionDriver.ALLOW_ALL);
        yield driver;
      }
      case "listening" -> started(SupervisionMode.LISTEN);
      case "whispering" -> started(SupervisionMode.WHISPER);
      case "barging" -> started(SupervisionMode.BARGE);
      default -> {
        SessionDriver driver = started(SupervisionMode.BARGE);
        driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.WHISPER));
        yield driver;
      }
    };
  }

  @Test
  void the_history_names_the_modes_the_session_went_through() {
    SessionDriver driver = started(SupervisionMode.LISTEN);
    driver.send(new SupervisionMessage.SwitchMode(SupervisionMode.BARGE));
    assertEquals(List.of("REQUESTED --TO_LISTEN--> CONNECTING", "CONNECTING --READY_LISTEN--> LISTENING",
        "LISTENING --TO_BARGE--> BARGING"), driver.session.history().stream()
        .map(entry -> entry.from() + " --" + entry.input() + "--> " + entry.to()).toList());
    assertEquals("bridge-1", driver.session.supervisorBridgeId());
  }
}
