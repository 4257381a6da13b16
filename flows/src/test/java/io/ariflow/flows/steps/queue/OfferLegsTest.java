package io.ariflow.flows.steps.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.port.fakes.AriEvents;
import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.state.TransitionCoverage;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The agent legs the queue step rings, against Asterisk's real Dial behaviour: busy, unreachable, declined and
 * silent agents, ring timeouts and retries, whisper and confirmation, the caller leaving mid-offer, and late or
 * repeated events on legs already dropped. Every leg row is exercised.
 */
class OfferLegsTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(OfferLegTable.TABLE);

  static final String LINEAR = """
      queue: support
      strategy: linear
      ringTimeout: 15s
      retry: 5s
      members: [PJSIP/2001, PJSIP/2002]
      """;

  static QueueStepRig rig(String queue) {
    return QueueStepRig.of(queue + "\n---\n" + QueueStepTest.FLOW.formatted(""), COVERAGE).start();
  }

  @Test
  void a_busy_agent_is_refused_and_the_next_one_rung_at_once() {
    QueueStepRig r = rig(LINEAR);
    r.h.calls.ringLeg(r.leg(0));
    r.h.calls.emit(AriEvents.dial(r.leg(0), "PROGRESS"));
    r.advance(Duration.ofSeconds(2));
    r.h.calls.busyLeg(r.leg(0));

    assertEquals(List.of("PJSIP/2001", "PJSIP/2002"), r.dialled());
    assertEquals(List.of(r.leg(0), "normal"), r.h.calls.all("hangup").get(0).args());
    assertEquals("support|PJSIP/2001|RINGNOANSWER|2000", r.events().get(2));
    r.h.calls.busyLeg(r.leg(1));
    assertEquals(2, r.dialled().size());
    r.advance(Duration.ofSeconds(5));
    assertEquals(List.of("PJSIP/2001", "PJSIP/2002", "PJSIP/2001"), r.dialled());
  }

  @Test
  void an_unanswered_offer_is_withdrawn_at_the_ring_timeout_and_retried_after_the_retry_delay() {
    QueueStepRig r = rig(LINEAR);
    r.h.calls.ringLeg(r.leg(0));
    r.advance(Duration.ofSeconds(15));
    assertEquals(List.of(r.leg(0), "normal"), r.h.calls.all("hangup").get(0).args());
    assertEquals("support|PJSIP/2001|RINGNOANSWER|15000", r.events().get(2));
    r.advance(Duration.ofSeconds(5));
    assertEquals(List.of("PJSIP/2001", "PJSIP/2002"), r.dialled());
  }

  @Test
  void a_leg_that_cannot_be_created_or_fails_to_dial_counts_as_unreachable() {
    QueueStepRig r = QueueStepRig.of(LINEAR + "\n---\n" + QueueStepTest.FLOW.formatted(""), COVERAGE);
    r.h.calls.failNext("createChannel", FailureKind.SERVER);
    r.start();
    assertEquals(List.of("PJSIP/2001", "PJSIP/2002"), r.dialled());
    assertEquals("support|PJSIP/2001|RINGNOANSWER|0", r.events().get(2));
    r.h.calls.ringLeg(r.leg(0));
    r.h.calls.emit(AriEvents.dial(r.leg(0), "CHANUNAVAIL"));
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2002").state());
    assertEquals("support|PJSIP/2002|RINGNOANSWER|0", r.events().get(3));
  }

  @Test
  void a_leg_withdrawn_while_asterisk_is_still_creating_it_is_hung_up_once_created_and_never_dialled() {
    QueueStepRig r = QueueStepRig.of(LINEAR + "\n---\n" + QueueStepTest.FLOW.formatted(""), COVERAGE);
    Promise<Void> creating = r.h.calls.holdNext("createChannel");
    r.start();
    r.h.calls.callerHangsUp();
    creating.complete();

    assertTrue(r.h.calls.all("dial").isEmpty(), r.h.calls.ops().toString());
    assertEquals(List.of(), r.h.calls.leftovers());
  }

  @Test
  void an_agent_declining_while_it_rings_or_before_it_rings_is_a_refusal() {
    QueueStepRig r = rig(LINEAR);
    r.h.calls.ringLeg(r.leg(0));
    r.h.calls.legHangsUp(r.leg(0));
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2001").state());
    r.h.calls.legHangsUp(r.leg(1));
    assertEquals("support|PJSIP/2002|RINGNOANSWER|0", r.events().get(3));
    r.advance(Duration.ofSeconds(5));
    r.h.calls.busyLeg(r.leg(2));
    assertFalse(r.h.finished());
  }

  @Test
  void the_caller_leaving_during_an_offer_tears_the_legs_down_and_frees_the_agents() {
    QueueStepRig r = rig(LINEAR.replace("linear", "ringall"));
    r.h.calls.ringLeg(r.leg(0));
    r.advance(Duration.ofSeconds(3));
    r.h.calls.callerHangsUp();

    assertEquals(List.of(r.leg(0), r.leg(1)), r.h.calls.all("hangup").stream().map(c -> c.args().get(0)).toList());
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2001").state());
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2002").state());
    assertEquals(List.of("support|PJSIP/2001|RINGCANCELED|3000", "support|PJSIP/2002|RINGCANCELED|3000",
        "support|NONE|ABANDON|1|1|3"), r.events().subList(2, 5));
    r.h.calls.ringLeg(r.leg(1));
    r.h.calls.answerLeg(r.leg(1));
    r.assertNothingLeft();
  }

  static final String CONFIRMING = LINEAR.replace("linear", "ringall") + """
      agentAnnounce: sound:queue-reporthold
      agentConfirm: {prompt: sound:if-correct-press, accept: "1"}
      """;

  @Test
  void an_agent_hears_the_whisper_and_must_confirm_before_the_caller_is_put_through() {
    QueueStepRig r = rig(CONFIRMING);
    r.h.calls.answerLeg(r.leg(0));
    r.h.calls.answerLeg(r.leg(1));
    assertEquals(List.of("sound:queue-reporthold"), r.playedTo(r.leg(0)));
    r.h.calls.finishPlayback(r.h.calls.livePlaybacks().stream().sorted().findFirst().orElseThrow());
    r.h.calls.finishPlayback(r.h.calls.livePlaybacks().stream().sorted().findFirst().orElseThrow());
    assertEquals(List.of("sound:queue-reporthold", "sound:if-correct-press"), r.playedTo(r.leg(1)));
    r.h.calls.legPresses(r.leg(1), "1");

    assertEquals(List.of("bridge-1", r.leg(1)), r.h.calls.all("addChannel").get(1).args());
    assertTrue(r.h.calls.all("hangup").stream().anyMatch(c -> c.args().get(0).equals(r.leg(0))));
    r.h.calls.legHangsUp(r.leg(1));
    r.assertNothingLeft();
  }

  @Test
  void an_agent_who_presses_another_key_or_hangs_up_during_the_whisper_refuses_the_call() {
    QueueStepRig r = rig(CONFIRMING);
    r.h.calls.ringLeg(r.leg(0));
    r.h.calls.answerLeg(r.leg(0));
    r.h.calls.answerLeg(r.leg(1));
    r.h.calls.legHangsUp(r.leg(1));
    r.h.calls.finishPlayback(r.h.calls.livePlaybacks().iterator().next());
    r.h.calls.legPresses(r.leg(0), "2");

    assertEquals(List.of("support|PJSIP/2002|RINGNOANSWER|0", "support|PJSIP/2001|RINGNOANSWER|0"),
        r.events().subList(2, 4));
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2001").state());
    assertFalse(r.h.finished());
  }

  @Test
  void the_caller_leaving_while_the_agent_is_greeted_or_about_to_be_bridged_drops_the_leg() {
    QueueStepRig r = rig(CONFIRMING);
    r.h.calls.answerLeg(r.leg(0));
    r.h.calls.callerHangsUp();
    r.assertNothingLeft();

    QueueStepRig q = rig(LINEAR);
    q.h.calls.holdNext("createBridge");
    q.h.calls.answerLeg(q.leg(0));
    q.h.calls.callerHangsUp();
    assertEquals(AgentState.AVAILABLE, q.agent("PJSIP/2001").state());

    QueueStepRig a = rig(LINEAR);
    a.h.calls.holdNext("createBridge");
    a.h.calls.answerLeg(a.leg(0));
    a.h.calls.legHangsUp(a.leg(0));
    assertEquals("answered", a.h.outcomeOf("wait").orElseThrow());
  }

  @Test
  void legs_answering_directly_and_late_events_on_dropped_legs_change_nothing() {
    QueueStepRig r = rig(LINEAR.replace("linear", "ringall"));
    r.h.calls.answerLeg(r.leg(0));
    r.h.calls.ringLeg(r.leg(1));
    r.h.calls.answerLeg(r.leg(1));
    assertEquals(AgentState.ON_CALL, r.agent("PJSIP/2001").state());
    r.h.calls.callerHangsUp();
    r.assertNothingLeft();

    QueueStepRig q = rig(LINEAR);
    q.h.calls.busyLeg(q.leg(0));
    q.h.calls.emit(AriEvents.hangupRequest(q.leg(1), 17));
    q.h.calls.legHangsUp(q.leg(1));
    assertEquals(AgentState.AVAILABLE, q.agent("PJSIP/2002").state());
  }
}
