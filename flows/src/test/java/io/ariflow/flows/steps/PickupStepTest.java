package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.pickup.PickupOutcome;
import io.ariflow.flows.conference.pickup.PickupRequest;
import io.ariflow.flows.conference.pickup.RingSource;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.port.PickupPort;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pickup step answers the picker, asks the host for a ringing call and lasts while the picker talks with its
 * caller; every outcome a pickup can have is a flow outcome.
 */
class PickupStepTest {

  private static final RingingCall RINGING = new RingingCall("pickup-1", "dialling-caller", List.of("leg-1"),
      RingSource.DIAL, Set.of("PJSIP/2001", "2001"), Set.of("sales"), false);

  private final PickupPortFake pickups = new PickupPortFake();

  private FlowHarness pickup(String fields, boolean answered) {
    return FlowHarness.of(FlowHarness.load("""
        flow: grab
        start: take
        steps:
          take:
            type: pickup
        %s
            next: bye
          bye:
            type: hangup
        """.formatted(fields.indent(4).stripTrailing())), "grab", RunOptions.defaults(), answered,
        StepRegistry.standard(), TransitionObserver.NONE, Map.of(PickupPort.class, pickups)).start();
  }

  @Test
  void the_picker_is_answered_first_then_asks_for_the_call_ringing_at_its_target() {
    FlowHarness h = pickup("target: \"${args.arg1}\"\ngroups: [sales]", false);

    assertEquals("answer", h.calls.ops().get(0));
    assertEquals(new PickupRequest(FlowHarness.CALLER, "PJSIP/sipp", Set.of("sales"), Optional.of("vip")),
        pickups.requests.get(0));
  }

  @Test
  void a_group_pickup_asks_for_the_picker_s_groups() {
    FlowHarness h = pickup("groups: [sales, support]", false);

    assertEquals("answer", h.calls.ops().get(0));
    assertEquals(Optional.empty(), pickups.requests.get(0).target());
    assertEquals(Set.of("sales", "support"), pickups.requests.get(0).pickerGroups());
  }

  @Test
  void a_picked_up_call_lasts_until_the_caller_hangs_up() {
    pickups.picks(RINGING);
    FlowHarness h = pickup("groups: [sales]", true);
    h.advance(Duration.ofSeconds(42));
    assertFalse(h.finished());

    pickups.conversation.complete();

    assertEquals(Optional.of("picked-up"), h.outcomeOf("take"));
    assertEquals(42L, h.result("take", "talkSeconds"));
    assertEquals("dial", h.result("take", "source"));
    assertEquals("dialling-caller", h.result("take", "caller"));
    assertTrue(h.noteOf("take").orElseThrow().contains("picked up dial call; talked 42 s"));
  }

  @Test
  void nothing_ringing_and_a_faster_picker_and_a_vanished_caller_are_outcomes_that_follow_next() {
    for (PickupOutcome outcome : List.of(PickupOutcome.NOTHING_TO_PICK_UP, PickupOutcome.ALREADY_PICKED,
        PickupOutcome.CALLER_GONE)) {
      pickups.answers(outcome);
      FlowHarness h = pickup("groups: [sales]", true);

      assertEquals(Optional.of(outcome.label()), h.outcomeOf("take"));
      assertTrue(h.finished());
    }
  }

  @Test
  void the_step_s_timeout_ends_the_conversation_and_leaves_the_picker_to_the_flow() {
    pickups.picks(RINGING);
    FlowHarness h = pickup("groups: [sales]\ntimeout: 1m\non: { timeout: bye }", true);
    h.advance(Duration.ofMinutes(1));

    assertEquals(Optional.of("timeout"), h.outcomeOf("take"));
    assertEquals(List.of(FlowHarness.CALLER), pickups.left);
  }

  @Test
  void the_picker_hanging_up_while_talking_is_the_usual_hangup() {
    pickups.picks(RINGING);
    FlowHarness h = pickup("groups: [sales]", true);
    h.calls.callerHangsUp();

    assertEquals(Optional.of("hangup"), h.outcomeOf("take"));
    assertEquals(List.of(FlowHarness.CALLER), pickups.left);
  }

  @Test
  void a_group_pickup_without_groups_does_not_load() {
    LoadResult loaded = new FlowLoader().loadTexts(Map.of("bad.yaml", """
        flow: grab
        start: take
        steps:
          take:
            type: pickup
            next: bye
          bye:
            type: hangup
        """));

    assertTrue(loaded.errors().toString().contains("bad.yaml:5:"), loaded.errors().toString());
    assertTrue(loaded.errors().toString().contains("a group pickup needs groups"), loaded.errors().toString());
  }
}
