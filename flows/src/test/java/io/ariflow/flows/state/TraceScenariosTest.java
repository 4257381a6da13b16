package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ariflow.model.testing.Traces;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The orderings the traces README calls out, checked one by one on the recorded scenarios. */
class TraceScenariosTest {

  private static TraceReplay replay(String scenario) {
    assumeTrue(Traces.sharedDir().isPresent(),
        "skipped: shared/ari/traces not found (set -D" + Traces.SHARED_DIR_PROPERTY + ")");
    TraceReplay replay = TraceReplay.run(Traces.load(scenario), TraceReplay.Order.FILE, TransitionObserver.NONE);
    assertTrue(replay.illegal.isEmpty(), replay.illegalReport());
    return replay;
  }

  @Test
  void sip_caller_that_hangs_up_ends_with_stasis_end_only() {
    ChannelStateMachine caller = replay("sip-ivr-menu").channels.get("1795332623.12");
    assertEquals(ChannelLife.HUNG_UP, caller.life());
    assertTrue(caller.finished());
    assertEquals(OptionalInt.empty(), caller.hangupCause(), "a caller's BYE carries no cause");
  }

  @Test
  void agent_hanging_up_in_a_bridge_is_destroyed_and_the_deleted_bridge_is_destroyed() {
    TraceReplay replay = replay("originate-dial-bridge");
    ChannelStateMachine agent = replay.channels.get("1795332641.16");
    assertEquals(ChannelLife.DESTROYED, agent.life());
    assertEquals(OptionalInt.of(16), agent.hangupCause());
    assertEquals(ChannelLife.DESTROYED, replay.channels.get("1795332641.17").life(), "the ;2 half");
    assertEquals(ChannelLife.HUNG_UP, replay.channels.get("1795332640.15").life(), "the inbound ;2 caller");
    assertTrue(replay.bridges.get("7ba210ce-95e9-4e1a-b53d-3bb2e130ffc0").destroyed());
  }

  @Test
  void outbound_legs_time_out_with_cause_19_and_the_originator_is_destroyed_after_stasis_end() {
    TraceReplay replay = replay("create-dial-early");
    assertEquals(OptionalInt.of(19), replay.channels.get("1795332649.20").hangupCause(), "noanswer leg");
    assertEquals(OptionalInt.of(19), replay.channels.get("1795332652.22").hangupCause(), "busy leg");
    ChannelStateMachine caller = replay.channels.get("1795332649.19");
    assertEquals(ChannelLife.DESTROYED, caller.life());
    List<String> lifecycle = replay.eventsByChannel.get("1795332649.19").stream()
        .filter(type -> !type.equals("ChannelVarset")).toList();
    assertEquals(List.of("StasisEnd", "ChannelHangupRequest", "ChannelDestroyed"), tail(lifecycle, 3));
  }

  @Test
  void conference_bridge_deleted_without_bridge_destroyed_is_destroyed_by_the_delete() {
    TraceReplay replay = replay("conference-bridge");
    BridgeStateMachine conference = replay.bridges.get("conf-bridge-1");
    assertFalse(replay.eventsByBridge.get("conf-bridge-1").contains("BridgeDestroyed"));
    assertTrue(conference.destroyed());
    assertTrue(conference.members().isEmpty());
  }

  @Test
  void whisper_channel_leaves_bridge_and_stasis_without_a_hangup_when_its_target_hangs_up() {
    TraceReplay replay = replay("snoop-spy-whisper");
    ChannelStateMachine whisper = replay.channels.get("whisper-1");
    assertFalse(replay.eventsByChannel.get("whisper-1").contains("ChannelHangupRequest"));
    assertEquals(ChannelLife.LEFT_STASIS, whisper.life());
    assertEquals(ChannelLife.HUNG_UP, replay.channels.get("1795332674.40").life(), "the spy snoop");
    assertTrue(replay.bridges.get("33e3b170-4af1-4b16-b562-5b3708f202fa").destroyed());
  }

  @Test
  void continued_channel_left_stasis_and_lives_on() {
    ChannelStateMachine channel = replay("variables-and-continue").channels.get("1795332695.43");
    assertEquals(ChannelLife.LEFT_STASIS, channel.life());
    assertFalse(channel.finished());
  }

  @Test
  void channel_moved_to_a_second_bridge_left_the_first_one_on_the_way() {
    TraceReplay replay = replay("rest-errors");
    ChannelStateMachine moved = replay.channels.get("1795332785.208");
    assertEquals(List.of("ChannelEnteredBridge", "ChannelLeftBridge", "ChannelEnteredBridge", "ChannelLeftBridge"),
        replay.eventsByChannel.get("1795332785.208").stream().filter(type -> type.contains("Bridge")).toList());
    assertEquals(ChannelLife.DESTROYED, moved.life());
    ChannelStateMachine continued = replay.channels.get("1795332785.210");
    assertEquals(ChannelLife.DESTROYED, continued.life(), "continue into a missing context");
    assertEquals(OptionalInt.empty(), continued.hangupCause(), "cause 0 means not set");
  }

  @Test
  void duplicated_state_change_and_hangup_request_from_a_second_subscription_are_applied() {
    TraceReplay replay = replay("subscriptions-device-state");
    List<String> types = replay.eventsByChannel.get("1795332734.77");
    assertEquals(2, types.stream().filter("ChannelStateChange"::equals).count());
    List<Outcome> outcomes = replay.outcomesByChannel.get("1795332734.77");
    outcomes.forEach(outcome -> assertInstanceOf(Outcome.Applied.class, outcome));
    assertEquals(ChannelLife.DESTROYED, replay.channels.get("1795332734.77").life());
  }

  @Test
  void both_halves_of_local_channels_end_destroyed_though_only_one_was_in_stasis() {
    TraceReplay replay = replay("application-replaced");
    assertEquals(ChannelLife.DESTROYED, replay.channels.get("1795332722.61").life());
    ChannelStateMachine other = replay.channels.get("1795332722.62");
    assertEquals(ChannelLife.DESTROYED, other.life());
    assertTrue(other.history().stream().noneMatch(entry -> entry.input() == ChannelInput.STASIS_START));
  }

  @Test
  void restart_hangs_up_every_channel_in_stasis() {
    TraceReplay replay = replay("asterisk-restart");
    assertEquals(ChannelLife.HUNG_UP, replay.channels.get("1795332595.250").life());
    assertEquals(OptionalInt.of(4), replay.channels.get("1795332595.251").hangupCause());
  }

  @Test
  void load_burst_calls_all_end_hung_up() {
    TraceReplay replay = replay("load-burst");
    long hungUp = replay.eventsByChannel.keySet().stream()
        .filter(id -> replay.channels.get(id).life() == ChannelLife.HUNG_UP).count();
    assertEquals(50, hungUp);
  }

  private static List<String> tail(List<String> list, int count) {
    return list.subList(list.size() - count, list.size());
  }
}
