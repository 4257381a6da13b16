package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.pickup.RingSource;
import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.port.PickupPort;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A dial with pickup groups offers its ringing call for pickup, withdraws it when a leg answers, the caller leaves
 * or the dial ends, and after a claim lasts while the caller talks with the picker.
 */
class DialPickupTest {

  private final PickupPortFake pickups = new PickupPortFake();

  /** A dial step with {@code fields}, {@code pickups} as the pickup host, rows reported to {@code observer}. */
  static FlowHarness dial(String fields, PickupPortFake pickups, TransitionObserver observer) {
    String yaml = """
        flow: reach
        start: call
        steps:
          call:
            type: dial
        %s
            next: survey
            on: {busy: gone, noanswer: gone, failed: gone}
          survey:
            type: hangup
          gone:
            type: hangup
            cause: busy
        """.formatted(fields.indent(4).stripTrailing());
    List<StepType<?>> types = new ArrayList<>(BuiltInSteps.all());
    types.removeIf(type -> type instanceof DialStep);
    types.add(new DialStep(observer));
    return FlowHarness.of(FlowHarness.load(yaml), null, RunOptions.defaults(), false,
        StepRegistry.of(types, List.of()), TransitionObserver.NONE, Map.of(PickupPort.class, pickups)).start();
  }

  /** The claim as the host makes it: the dial told, then the legs hung up. */
  static void claim(FlowHarness h, PickupPortFake pickups, String picker) {
    pickups.last().claim.complete(new PickupClaim(picker + "-chan", picker));
    pickups.last().call.ringingLegs().forEach(h.calls::legHangsUp);
  }

  private FlowHarness dial(String fields) {
    return dial(fields, pickups, TransitionObserver.NONE);
  }

  @Test
  void the_ringing_call_is_offered_with_its_legs_targets_and_groups() {
    FlowHarness h = dial("targets: [PJSIP/2001, Local/2002@phones]\npickupGroups: [sales]");

    PickupPortFake.Offer offer = pickups.last();
    assertEquals(List.of(h.calls.createdChannels().get(0), h.calls.createdChannels().get(1)),
        offer.call.ringingLegs());
    assertEquals(Set.of("PJSIP/2001", "2001", "Local/2002@phones", "2002"), offer.call.targets());
    assertEquals(Set.of("sales"), offer.call.pickupGroups());
    assertEquals(RingSource.DIAL, offer.call.source());
    assertEquals(FlowHarness.CALLER, offer.call.callerChannel());
    assertFalse(offer.call.callerAnswered());
  }

  @Test
  void without_pickup_groups_nothing_is_offered() {
    dial("targets: [PJSIP/2001]");

    assertTrue(pickups.offers.isEmpty());
  }

  @Test
  void a_leg_answering_withdraws_the_offer() {
    FlowHarness h = dial("targets: [PJSIP/2001]\npickupGroups: [sales]");
    h.calls.answerLeg(h.calls.createdChannels().get(0));

    assertTrue(pickups.last().withdrawn);
  }

  @Test
  void the_caller_hanging_up_or_nobody_answering_withdraws_the_offer() {
    FlowHarness h = dial("targets: [PJSIP/2001]\npickupGroups: [sales]");
    h.calls.callerHangsUp();
    assertTrue(pickups.last().withdrawn);

    PickupPortFake other = new PickupPortFake();
    FlowHarness missed = dial("targets: [PJSIP/2001]\npickupGroups: [sales]\ntimeout: 5s", other,
        TransitionObserver.NONE);
    missed.advance(Duration.ofSeconds(5));
    assertEquals(Optional.of("noanswer"), missed.outcomeOf("call"));
    assertTrue(other.last().withdrawn);
  }

  @Test
  void a_sequential_dial_offers_its_call_again_with_the_next_leg() {
    FlowHarness h = dial("targets: [PJSIP/2001, PJSIP/2002]\nmode: sequential\npickupGroups: [sales]");
    h.calls.busyLeg(h.calls.createdChannels().get(0));

    assertEquals(2, pickups.offers.size());
    assertTrue(pickups.offers.get(0).withdrawn);
    assertEquals(List.of(h.calls.createdChannels().get(1)), pickups.last().call.ringingLegs());
    assertEquals(Set.of("PJSIP/2002", "2002"), pickups.last().call.targets());
  }

  @Test
  void after_a_pickup_the_legs_are_left_to_the_host_and_the_caller_hanging_up_is_a_hangup() {
    FlowHarness h = dial("targets: [PJSIP/2001]\npickupGroups: [sales]");
    h.calls.ringLeg(h.calls.createdChannels().get(0));
    claim(h, pickups, "PJSIP/3001");
    h.advance(Duration.ofSeconds(9));
    h.calls.callerHangsUp();

    assertEquals(Optional.of("hangup"), h.outcomeOf("call"));
    assertEquals("PJSIP/3001", h.result("call", "pickedUpBy"));
    assertEquals(9L, h.result("call", "talkSeconds"));
    assertEquals("caller", h.result("call", "ended"));
    assertEquals(0, h.calls.all("hangup").stream().filter(c -> !c.args().get(0).equals(FlowHarness.CALLER))
        .count());
    assertEquals(List.of(), h.calls.all("createBridge"));
  }
}
