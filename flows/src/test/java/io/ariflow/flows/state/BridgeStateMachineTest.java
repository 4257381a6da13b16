package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.model.event.AriEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BridgeStateMachineTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(BridgeTable.TABLE);

  private static BridgeStateMachine bridge(String id) {
    return BridgeStateMachine.create(id, COVERAGE);
  }

  private static void applyAll(BridgeStateMachine machine, AriEvent... events) {
    for (AriEvent event : events) {
      Outcome outcome = machine.apply(event);
      if (outcome instanceof Outcome.Illegal illegal) {
        throw new AssertionError(illegal.transition().describe());
      }
    }
  }

  private static void deleted(BridgeStateMachine machine) {
    assertInstanceOf(Outcome.Applied.class, machine.markDeleted("DELETE /bridges/" + machine.bridgeId()));
  }

  @Test
  void caller_and_agent_bridge_until_bridge_destroyed_arrives() {
    BridgeStateMachine machine = bridge("b1");
    applyAll(machine, Events.bridgeEvent("BridgeCreated", "b1"), Events.entered("b1", "caller", "caller"),
        Events.entered("b1", "agent", "caller", "agent"), Events.left("b1", "agent", "caller"));
    assertEquals(BridgeState.ACTIVE, machine.state());
    assertEquals(Set.of("caller"), machine.members());
    applyAll(machine, Events.left("b1", "caller"));
    assertEquals(BridgeState.EMPTY, machine.state());
    applyAll(machine, Events.bridgeEvent("BridgeDestroyed", "b1"));
    assertTrue(machine.destroyed());
  }

  @Test
  void delete_answered_before_the_members_left_accepts_the_late_leaves_and_bridge_destroyed() {
    BridgeStateMachine machine = bridge("conf");
    applyAll(machine, Events.entered("conf", "a", "a"), Events.entered("conf", "b", "a", "b"));
    deleted(machine);
    assertTrue(machine.destroyed());
    applyAll(machine, Events.left("conf", "a", "b"), Events.left("conf", "b"),
        Events.bridgeEvent("BridgeDestroyed", "conf"));
    assertEquals(Set.of(), machine.members());
    deleted(machine);
    assertEquals(BridgeState.DESTROYED, machine.state());
  }

  @Test
  void an_empty_bridge_can_be_reused_then_deleted() {
    BridgeStateMachine machine = bridge("b1");
    applyAll(machine, Events.entered("b1", "a", "a"), Events.left("b1", "a"), Events.entered("b1", "b", "b"),
        Events.left("b1", "b"));
    assertEquals(BridgeState.EMPTY, machine.state());
    deleted(machine);
    assertTrue(machine.destroyed());
  }

  @Test
  void an_empty_bridge_may_be_destroyed_by_asterisk() {
    BridgeStateMachine machine = bridge("b1");
    applyAll(machine, Events.entered("b1", "a", "a"), Events.left("b1", "a"),
        Events.bridgeEvent("BridgeDestroyed", "b1"));
    assertTrue(machine.destroyed());
  }

  @Test
  void a_bridge_nobody_entered_can_be_deleted_or_destroyed() {
    BridgeStateMachine deletedBridge = bridge("b1");
    deleted(deletedBridge);
    assertTrue(deletedBridge.destroyed());
    BridgeStateMachine destroyedBridge = bridge("b2");
    applyAll(destroyedBridge, Events.bridgeEvent("BridgeDestroyed", "b2"));
    assertTrue(destroyedBridge.destroyed());
  }

  @Test
  void merge_concerns_both_bridges_and_members_move_through_leave_and_enter() {
    BridgeStateMachine into = bridge("into");
    BridgeStateMachine from = bridge("from");
    applyAll(from, Events.entered("from", "a", "a"));
    AriEvent merge = Events.merged("into", "from");
    applyAll(into, merge);
    applyAll(from, merge);
    applyAll(from, Events.left("from", "a"));
    applyAll(into, Events.entered("into", "a", "a"));
    assertEquals(BridgeState.EMPTY, from.state());
    applyAll(from, Events.merged("other", "from"));
    assertEquals(BridgeState.ACTIVE, into.state());
  }

  @Test
  void transfers_are_accepted_while_the_bridge_exists() {
    BridgeStateMachine first = bridge("first");
    BridgeStateMachine second = bridge("second");
    applyAll(first, Events.entered("first", "x", "x"), Events.blindTransfer("x", "first"));
    applyAll(second, Events.entered("second", "y", "y"), Events.left("second", "y"),
        Events.attendedTransfer("x", "first", "y", "second"));
    assertEquals(BridgeState.ACTIVE, first.state());
    assertEquals(BridgeState.EMPTY, second.state());
  }

  @Test
  void entering_twice_is_reported_with_the_bridge_history() {
    BridgeStateMachine machine = bridge("b1");
    applyAll(machine, Events.entered("b1", "a", "a"));
    IllegalTransition report =
        assertInstanceOf(Outcome.Illegal.class, machine.apply(Events.entered("b1", "a", "a"))).transition();
    assertEquals("b1", report.objectId());
    assertTrue(report.reason().contains("already a member"), report.reason());
    assertEquals(1, report.history().size());
    assertEquals(Set.of("a"), machine.members());
  }

  @Test
  void leaving_as_a_non_member_is_reported() {
    BridgeStateMachine machine = bridge("b1");
    applyAll(machine, Events.entered("b1", "a", "a"));
    IllegalTransition report =
        assertInstanceOf(Outcome.Illegal.class, machine.apply(Events.left("b1", "z", "a"))).transition();
    assertTrue(report.reason().contains("not a member"), report.reason());
  }

  @Test
  void entering_a_destroyed_bridge_is_refused_by_the_table() {
    BridgeStateMachine machine = bridge("b1");
    deleted(machine);
    IllegalTransition report =
        assertInstanceOf(Outcome.Illegal.class, machine.apply(Events.entered("b1", "a", "a"))).transition();
    assertEquals(BridgeState.DESTROYED, report.from());
    assertEquals(BridgeInput.ENTERED, report.input());
    assertTrue(report.describe().contains("bridge: CREATED --DELETED--> DESTROYED"), report.describe());
  }

  @Test
  void events_for_other_bridges_are_ignored() {
    BridgeStateMachine machine = bridge("b1");
    assertInstanceOf(Outcome.Ignored.class, machine.apply(Events.entered("b2", "a", "a")));
    assertInstanceOf(Outcome.Ignored.class, machine.apply(Events.stasisStart("a", "Up")));
    assertEquals(BridgeState.CREATED, machine.state());
  }

  @Test
  void a_snapshot_seeds_state_and_members() {
    BridgeStateMachine machine = BridgeStateMachine.of(Events.bridge("b1", "a", "b"), TransitionObserver.NONE);
    assertEquals(BridgeState.ACTIVE, machine.state());
    assertEquals(List.of("a", "b"), List.copyOf(machine.members()));
  }
}
