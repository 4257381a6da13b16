package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.runtime.TimelineEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pickup of dials in progress on the simulated Asterisk with several callers: directed and group pickup (oldest
 * first), two pickers racing, the caller leaving, nothing to pick up; after each, no channel, bridge or followed id.
 */
class PickupOnSimulatorTest {

  @TempDir
  Path dir;
  private PickupRig pickup;

  @BeforeEach
  void start() {
    pickup = new PickupRig(dir);
  }

  @AfterEach
  void stop() {
    pickup.close();
  }

  @Test
  void a_directed_pickup_takes_the_call_ringing_at_its_target_and_the_dial_ends_picked_up_when_the_picker_leaves() {
    String first = pickup.call("desk-2001", "5551000");
    String second = pickup.call("desk-2002", "5551001");
    pickup.ringing(2);
    assertTrue(pickup.rings("PJSIP/2001") && pickup.rings("PJSIP/2002"));

    String picker = pickup.call("grab-2002", "3001");
    pickup.talking(second, picker);
    pickup.rig.until("2002 stopped ringing", () -> !pickup.rings("PJSIP/2002"));
    assertTrue(pickup.rings("PJSIP/2001"), "the other call still rings");
    assertEquals(List.of(first), pickup.board().stream().map(call -> call.callerChannel()).toList());

    pickup.rig.advance(Duration.ofSeconds(20));
    pickup.hangUp(picker);

    TimelineEntry dial = pickup.ended(second, "ring", "picked-up");
    assertTrue(dial.text().startsWith("picked up by PJSIP/sipp"), dial.text());
    assertTrue(pickup.step(second, "thanks").isPresent(), "the caller's flow went on");
    assertEquals("hangup", pickup.ended(picker, "take", "hangup").outcome());
    pickup.hangUp(first);
    pickup.nothingLeft();
  }

  @Test
  void a_group_pickup_takes_the_oldest_ringing_call_and_the_picker_s_flow_goes_on_when_the_caller_hangs_up() {
    String older = pickup.call("desk-2001", "5551000");
    pickup.ringing(1);
    pickup.rig.advance(Duration.ofSeconds(2));
    String newer = pickup.call("desk-2002", "5551001");
    pickup.ringing(2);

    String picker = pickup.call("grab", "3001");
    pickup.talking(older, picker);
    assertTrue(pickup.rings("PJSIP/2002"));
    pickup.hangUp(older);

    TimelineEntry took = pickup.ended(picker, "take", "picked-up");
    assertTrue(took.text().contains("group pickup: picked up dial call"), took.text());
    assertTrue(pickup.step(picker, "thanks").isPresent(), "the picker's flow went on");
    pickup.ended(older, "ring", "hangup");
    pickup.hangUp(newer);
    pickup.nothingLeft();
  }

  @Test
  void of_two_pickers_racing_for_one_call_one_wins_and_the_other_is_told_it_was_already_picked() {
    String caller = pickup.call("desk-2001", "5551000");
    pickup.ringing(1);

    String one = pickup.call("grab", "3001");
    String two = pickup.call("grab", "3002");

    pickup.rig.until("one of them talks with the caller (a bridge of two, not one still being filled)",
        () -> pickup.bridges().stream().anyMatch(members -> members.size() == 2));
    List<String> talking = pickup.bridges().get(0);
    String winner = talking.contains(one) ? one : two;
    String loser = winner.equals(one) ? two : one;
    assertEquals(List.of(caller, winner).stream().sorted().toList(), talking);
    assertEquals(1, pickup.bridges().size());
    pickup.ended(loser, "take", "already-picked");
    pickup.hangUp(caller);
    pickup.ended(winner, "take", "picked-up");
    pickup.nothingLeft();
  }

  @Test
  void a_caller_who_hangs_up_while_ringing_is_no_longer_there_to_pick_up() {
    String caller = pickup.call("desk-2001", "5551000");
    pickup.ringing(1);
    pickup.hangUp(caller);
    pickup.ringing(0);

    String picker = pickup.call("grab", "3001");

    pickup.ended(picker, "take", "nothing-to-pick-up");
    pickup.nothingLeft();
  }

  @Test
  void a_picker_outside_the_call_s_groups_finds_nothing_to_pick_up_and_the_call_rings_on() {
    String caller = pickup.call("desk-2001", "5551000");
    pickup.ringing(1);

    String picker = pickup.call("grab-support", "3001");

    pickup.ended(picker, "take", "nothing-to-pick-up");
    assertTrue(pickup.rings("PJSIP/2001"));
    assertFalse(pickup.board().isEmpty());
    pickup.hangUp(caller);
    pickup.nothingLeft();
  }

  @Test
  void a_call_its_callee_answers_is_withdrawn_from_the_board() {
    String caller = pickup.call("desk-2003", "5551000");
    pickup.ringing(1);
    pickup.rig.advance(Duration.ofSeconds(4));
    pickup.ringing(0);

    String picker = pickup.call("grab", "3001");

    pickup.ended(picker, "take", "nothing-to-pick-up");
    pickup.hangUp(caller);
    pickup.nothingLeft();
  }
}
