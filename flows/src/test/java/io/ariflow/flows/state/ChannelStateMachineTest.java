package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.model.event.AriEvent;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ChannelStateMachineTest {

  private static ChannelStateMachine channel(String id, String state) {
    return ChannelStateMachine.of(Events.channel(id, state));
  }

  private static void applyAll(ChannelStateMachine machine, AriEvent... events) {
    for (AriEvent event : events) {
      Outcome outcome = machine.apply(event);
      if (outcome instanceof Outcome.Illegal illegal) {
        throw new AssertionError(illegal.transition().describe());
      }
    }
  }

  private static IllegalTransition illegal(Outcome outcome) {
    return assertInstanceOf(Outcome.Illegal.class, outcome).transition();
  }

  @Test
  void sip_caller_answered_and_hung_up_is_finished_without_channel_destroyed() {
    ChannelStateMachine machine = channel("c1", "Ring");
    Outcome start = machine.apply(Events.stasisStart("c1", "Ring"));
    assertEquals(2, assertInstanceOf(Outcome.Applied.class, start).steps().size());
    assertTrue(machine.commandable());
    applyAll(machine, Events.stateChange("c1", "Up"), Events.hangupRequest("c1", null), Events.stasisEnd("c1"));
    assertEquals(ChannelLife.HUNG_UP, machine.life());
    assertEquals(AriChannelState.UP, machine.state());
    assertTrue(machine.finished());
    assertFalse(machine.inStasis());
    assertEquals(OptionalInt.empty(), machine.hangupCause());
  }

  @Test
  void duplicated_state_change_and_hangup_request_are_applied_as_self_rows() {
    ChannelStateMachine machine = channel("c1", "Ring");
    applyAll(machine, Events.stasisStart("c1", "Ring"), Events.stateChange("c1", "Up"));
    Outcome duplicate = machine.apply(Events.stateChange("c1", "Up"));
    HistoryEntry step = assertInstanceOf(Outcome.Applied.class, duplicate).steps().get(0);
    assertEquals(AriChannelState.UP, step.from());
    assertEquals(AriChannelState.UP, step.to());
    applyAll(machine, Events.hangupRequest("c1", null), Events.hangupRequest("c1", null));
    assertEquals(ChannelLife.HANGUP_REQUESTED, machine.life());
    assertTrue(machine.inStasis());
    assertFalse(machine.commandable());
  }

  @Test
  void ignores_events_that_do_not_carry_the_channel() {
    ChannelStateMachine machine = channel("c1", "Up");
    assertInstanceOf(Outcome.Ignored.class, machine.apply(Events.playbackStarted()));
    assertInstanceOf(Outcome.Ignored.class, machine.apply(Events.stasisStart("other", "Up")));
    assertInstanceOf(Outcome.Ignored.class, machine.apply(Events.globalVarset()));
    assertEquals(ChannelLife.KNOWN, machine.life());
    assertTrue(machine.history().isEmpty());
  }

  @Test
  void dial_is_observed_by_both_peer_and_caller() {
    ChannelStateMachine peer = channel("leg", "Down");
    ChannelStateMachine caller = channel("caller", "Ring");
    applyAll(caller, Events.stasisStart("caller", "Ring"));
    AriEvent dial = Events.dial("leg", "Ringing", "caller", "RINGING");
    applyAll(peer, dial);
    applyAll(caller, dial);
    assertEquals(AriChannelState.RINGING, peer.state());
    assertEquals(ChannelLife.KNOWN, peer.life());
    assertEquals(ChannelLife.IN_STASIS, caller.life());
  }

  @Test
  void replaced_channel_only_observes_the_stasis_start_of_its_replacement() {
    ChannelStateMachine replaced = channel("old", "Up");
    applyAll(replaced, Events.replacingStasisStart("new", "old"));
    assertEquals(ChannelLife.KNOWN, replaced.life());
  }

  @Test
  void moves_between_bridges_leaving_the_old_one_first() {
    ChannelStateMachine machine = channel("c1", "Up");
    applyAll(machine, Events.stasisStart("c1", "Up"), Events.entered("b1", "c1", "c1"),
        Events.left("b1", "c1"), Events.entered("b2", "c1", "c1"));
    assertEquals(Optional.of("b2"), machine.bridgeId());
    assertEquals(BridgeMembership.BRIDGED, machine.membership());
  }

  @Test
  void moves_between_bridges_entering_the_new_one_first() {
    ChannelStateMachine machine = channel("c1", "Up");
    applyAll(machine, Events.stasisStart("c1", "Up"), Events.entered("b1", "c1", "c1"),
        Events.entered("b2", "c1", "c1"));
    assertEquals(BridgeMembership.SWITCHING, machine.membership());
    assertEquals(Optional.of("b2"), machine.bridgeId());
    applyAll(machine, Events.left("b1", "c1"));
    assertEquals(BridgeMembership.BRIDGED, machine.membership());
    assertEquals(Optional.of("b2"), machine.bridgeId());
  }

  @Test
  void entering_the_same_bridge_twice_is_reported_with_history_and_changes_nothing() {
    ChannelStateMachine machine = channel("c1", "Up");
    applyAll(machine, Events.stasisStart("c1", "Up"), Events.entered("b1", "c1", "c1"));
    int before = machine.history().size();
    IllegalTransition report = illegal(machine.apply(Events.entered("b1", "c1", "c1")));
    assertEquals("c1", report.objectId());
    assertEquals("channel-bridge", report.table());
    assertTrue(report.reason().contains("already in bridge b1"), report.reason());
    assertTrue(report.detail().startsWith("ChannelEnteredBridge "), report.detail());
    assertEquals(before, report.history().size());
    assertEquals(before, machine.history().size());
    assertEquals(BridgeMembership.BRIDGED, machine.membership());
  }

  @Test
  void leaving_a_bridge_the_channel_is_not_in_is_reported() {
    ChannelStateMachine machine = channel("c1", "Up");
    applyAll(machine, Events.stasisStart("c1", "Up"), Events.entered("b1", "c1", "c1"));
    IllegalTransition report = illegal(machine.apply(Events.left("b2", "c1")));
    assertTrue(report.reason().contains("not in bridge b2"), report.reason());
    assertEquals(Optional.of("b1"), machine.bridgeId());
  }

  @Test
  void an_event_after_channel_destroyed_is_reported_and_can_be_thrown_with_history() {
    ChannelStateMachine machine = channel("c1", "Up");
    applyAll(machine, Events.stasisStart("c1", "Up"), Events.hangupRequest("c1", 16), Events.stasisEnd("c1"),
        Events.destroyed("c1", 16));
    Outcome outcome = machine.apply(Events.stasisStart("c1", "Up"));
    IllegalTransition report = illegal(outcome);
    assertEquals(ChannelLife.DESTROYED, report.from());
    assertEquals(ChannelInput.STASIS_START, report.input());
    IllegalTransitionException thrown = assertThrows(IllegalTransitionException.class, outcome::orThrow);
    assertTrue(thrown.getMessage().contains("channel-life: HUNG_UP --DESTROYED--> DESTROYED"), thrown.getMessage());
    assertEquals(report, thrown.transition());
  }

  @Test
  void a_state_that_goes_backwards_is_refused_by_the_state_table_and_life_is_unchanged() {
    ChannelStateMachine machine = channel("c1", "Up");
    IllegalTransition report = illegal(machine.apply(Events.stasisStart("c1", "Ringing")));
    assertEquals("channel-state", report.table());
    assertEquals(ChannelLife.KNOWN, machine.life());
  }

  @Test
  void a_state_asterisk_adds_later_is_accepted_as_unknown() {
    ChannelStateMachine machine = channel("c1", "Up");
    applyAll(machine, Events.stateChange("c1", "Teleporting"));
    assertEquals(AriChannelState.UNKNOWN, machine.state());
  }

  @Test
  void hangup_cause_keeps_the_latest_cause_that_is_set() {
    ChannelStateMachine machine = channel("c1", "Up");
    applyAll(machine, Events.stasisStart("c1", "Up"), Events.hangupRequest("c1", 4),
        Events.hangupRequest("c1", 0), Events.stasisEnd("c1"), Events.destroyed("c1", 0));
    assertEquals(OptionalInt.of(4), machine.hangupCause());
    ChannelStateMachine other = channel("c2", "Up");
    applyAll(other, Events.hangupRequest("c2", 32), Events.destroyed("c2", 16));
    assertEquals(OptionalInt.of(16), other.hangupCause());
  }

  @Test
  void a_destroyed_channel_still_in_a_bridge_is_finished_only_after_the_late_leave() {
    ChannelStateMachine machine = channel("c1", "Up");
    applyAll(machine, Events.stasisStart("c1", "Up"), Events.entered("b1", "c1", "c1"),
        Events.hangupRequest("c1", 16), Events.stasisEnd("c1"), Events.destroyed("c1", 16));
    assertFalse(machine.finished());
    applyAll(machine, Events.left("b1", "c1"));
    assertTrue(machine.finished());
  }

  @Test
  void continued_channel_left_stasis_but_is_not_finished() {
    ChannelStateMachine machine = channel("c1", "Ring");
    applyAll(machine, Events.stasisStart("c1", "Ring"), Events.stateChange("c1", "Up"), Events.stasisEnd("c1"));
    assertEquals(ChannelLife.LEFT_STASIS, machine.life());
    assertFalse(machine.finished());
    assertFalse(machine.inStasis());
  }

  @Test
  void history_keeps_only_the_most_recent_transitions() {
    ChannelStateMachine machine = channel("c1", "Up");
    applyAll(machine, Events.stasisStart("c1", "Up"));
    for (int i = 0; i < 20; i++) {
      applyAll(machine, Events.stateChange("c1", "Up"));
    }
    assertEquals(TransitionHistory.DEFAULT_CAPACITY, machine.history().size());
  }

  @Test
  void a_signal_for_another_channel_is_ignored() {
    ChannelStateMachine machine = channel("c1", "Up");
    ChannelSignal foreign = ChannelSignal.of(ChannelInput.STASIS_START, Events.channel("c2", "Up"));
    assertInstanceOf(Outcome.Ignored.class, machine.apply(foreign, "test"));
  }
}
