package io.ariflow.flows.steps.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.pickup.RingSource;
import io.ariflow.flows.port.PickupClaim;
import io.ariflow.flows.port.PickupPort;
import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.flows.steps.PickupPortFake;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A queue with pickup groups offers each agent leg while it rings; a pickup connects the caller with the picker
 * (queue_log CONNECT names the picker), frees the agents without a missed call, and the offers are withdrawn when a
 * leg answers or the caller leaves.
 */
class QueuePickupStepTest {

  private static final String RINGALL = """
      queue: support
      strategy: ringall
      ringTimeout: 15s
      members: [PJSIP/2001, PJSIP/2002]
      pickupGroups: [sales]
      """;

  private final PickupPortFake pickups = new PickupPortFake();

  private QueueStepRig rig() {
    return QueueStepRig.of(RINGALL + "\n---\n" + QueueStepTest.FLOW.formatted(""), TransitionObserver.NONE,
        Map.of(PickupPort.class, pickups)).start();
  }

  @Test
  void each_ringing_agent_leg_is_offered_under_the_agent_s_names() {
    QueueStepRig r = rig();

    assertEquals(2, pickups.offers.size());
    assertEquals(List.of(r.leg(0)), pickups.offers.get(0).call.ringingLegs());
    assertEquals(Set.of("PJSIP/2001", "2001"), pickups.offers.get(0).call.targets());
    assertEquals(Set.of("sales"), pickups.offers.get(1).call.pickupGroups());
    assertEquals(RingSource.QUEUE_OFFER, pickups.offers.get(1).call.source());
    assertTrue(pickups.offers.get(1).call.callerAnswered());
  }

  @Test
  void a_pickup_connects_the_picker_frees_the_agents_and_ends_answered_when_the_picker_leaves() {
    QueueStepRig r = rig();
    r.h.calls.ringLeg(r.leg(0));
    r.h.calls.ringLeg(r.leg(1));
    r.advance(Duration.ofSeconds(4));
    pickups.offers.get(1).claim.complete(new PickupClaim("picker-1", "PJSIP/3001"));
    r.h.calls.legHangsUp(r.leg(1));

    assertTrue(pickups.offers.get(0).withdrawn, "the other agent's leg is withdrawn");
    assertTrue(r.h.calls.all("hangup").stream().anyMatch(c -> c.args().get(0).equals(r.leg(0))));
    assertFalse(r.h.calls.all("hangup").stream().anyMatch(c -> c.args().get(0).equals(r.leg(1))),
        "the picked leg is the pickup host's to hang up");
    assertTrue(r.events().contains("support|PJSIP/3001|CONNECT|4|picker-1|4"), r.events().toString());
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2001").state());
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2002").state());

    r.advance(Duration.ofSeconds(30));
    pickups.offers.get(1).ended.complete();

    assertEquals(Optional.of("answered"), r.h.outcomeOf("wait"));
    assertEquals("PJSIP/3001", r.h.result("wait", "agent"));
    assertTrue(r.events().stream().anyMatch(e -> e.startsWith("support|PJSIP/3001|COMPLETEAGENT|4|30")),
        r.events().toString());
    assertFalse(r.events().stream().anyMatch(e -> e.contains("RINGNOANSWER")), r.events().toString());
    r.assertNothingLeft();
  }

  @Test
  void an_answering_leg_and_the_caller_leaving_withdraw_the_offers() {
    QueueStepRig r = rig();
    r.h.calls.answerLeg(r.leg(0));
    assertTrue(pickups.offers.get(0).withdrawn);
    assertTrue(pickups.offers.get(1).withdrawn, "the other leg is dropped once the first answered");

    QueueStepRig other = QueueStepRig.of(RINGALL + "\n---\n" + QueueStepTest.FLOW.formatted(""),
        TransitionObserver.NONE, Map.of(PickupPort.class, pickups)).start();
    other.h.calls.callerHangsUp();
    assertTrue(pickups.offers.subList(2, 4).stream().allMatch(offer -> offer.withdrawn));
  }
}
