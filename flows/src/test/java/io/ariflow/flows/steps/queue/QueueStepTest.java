package io.ariflow.flows.steps.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.engine.QueueCommand;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.state.TransitionCoverage;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The caller's side of the queue step on fakes against the real contact center: joining, overflow, exits,
 * callbacks, connecting and both ends hanging up, with what it leaves behind (nothing) and the queue_log lines.
 */
class QueueStepTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(QueuePhaseTable.TABLE);

  static final String FLOW = """
      flow: line
      start: wait
      steps:
        wait:
          type: queue
          queue: support
      %s
          next: bye
          on: {timeout: voicemail, full: voicemail, empty: voicemail, exit: operator}
        bye:
          type: hangup
        voicemail:
          type: hangup
          cause: busy
        operator:
          type: hangup
          cause: normal
      """;

  static final String RINGALL = """
      queue: support
      strategy: ringall
      ringTimeout: 15s
      members: [PJSIP/2001, PJSIP/2002]
      """;

  static QueueStepRig rig(String queue, String stepFields) {
    String yaml = queue + "\n---\n" + FLOW.formatted(stepFields.indent(4).stripTrailing());
    return QueueStepRig.of(yaml, COVERAGE).start();
  }

  @Test
  void ringall_rings_every_agent_bridges_the_first_to_answer_and_hangs_up_the_other() {
    QueueStepRig r = rig(RINGALL, "");
    assertEquals(List.of("PJSIP/2001", "PJSIP/2002"), r.dialled());
    assertEquals("\"Caller\" <89295671458>", r.h.calls.all("createChannel").get(0).args().get(2));
    assertEquals(List.of("caller-1", "default"), r.h.calls.all("startMoh").get(0).args());
    r.h.calls.ringLeg(r.leg(0));
    r.h.calls.ringLeg(r.leg(1));
    r.advance(Duration.ofSeconds(4));
    r.h.calls.answerLeg(r.leg(1));

    assertEquals(List.of(r.leg(0), "normal"), r.h.calls.all("hangup").get(0).args());
    assertEquals(List.of("caller-1"), r.h.calls.all("stopMoh").get(0).args());
    assertEquals(List.of("bridge-1", "caller-1"), r.h.calls.all("addChannel").get(0).args());
    assertEquals(List.of("bridge-1", r.leg(1)), r.h.calls.all("addChannel").get(1).args());
    assertEquals(AgentState.ON_CALL, r.agent("PJSIP/2002").state());
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2001").state());
    r.advance(Duration.ofSeconds(30));
    r.h.calls.legHangsUp(r.leg(1));

    assertTrue(r.h.result() instanceof RunResult.HungUpByFlow, r.h.result().toString());
    assertEquals("answered", r.h.outcomeOf("wait").orElseThrow());
    assertEquals("PJSIP/2002", r.h.result("wait", "agent"));
    assertEquals("agent", r.h.result("wait", "endedBy"));
    assertEquals(30L, r.h.result("wait", "talkSeconds"));
    assertEquals(List.of("NONE|NONE|QUEUESTART|", "support|NONE|ENTERQUEUE||89295671458|1",
        "support|PJSIP/2002|CONNECT|4|" + r.leg(1) + "|4", "support|PJSIP/2002|COMPLETEAGENT|4|30|1"), r.events());
    r.assertNothingLeft();
  }

  @Test
  void the_caller_hanging_up_while_talking_completes_the_call_and_tears_the_agent_leg_down() {
    QueueStepRig r = rig(RINGALL.replace("ringall", "linear"), "");
    r.h.calls.answerLeg(r.leg(0));
    r.advance(Duration.ofSeconds(20));
    r.h.calls.callerHangsUp();

    assertTrue(r.h.result() instanceof RunResult.CallerHungUp, r.h.result().toString());
    assertEquals("caller", r.h.result("wait", "endedBy"));
    assertEquals(20L, r.h.result("wait", "talkSeconds"));
    assertEquals("support|PJSIP/2001|COMPLETECALLER|0|20|1", r.events().get(r.events().size() - 1));
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2001").state());
    r.assertNothingLeft();
  }

  @Test
  void the_maximum_wait_overflows_to_the_timeout_route_and_stops_the_music() {
    QueueStepRig r = rig(RINGALL.replace("members: [PJSIP/2001, PJSIP/2002]", "agents: [alice]"), "timeout: 2m");
    r.advance(Duration.ofMinutes(2));

    assertEquals("timeout", r.h.outcomeOf("wait").orElseThrow());
    assertTrue(r.h.outcomeOf("voicemail").isPresent());
    assertEquals(1, r.h.calls.all("stopMoh").size());
    assertEquals("support|NONE|EXITWITHTIMEOUT|1|1|120", r.events().get(2));
    r.assertNothingLeft();
  }

  @Test
  void a_full_queue_and_an_empty_one_send_the_caller_on_without_joining() {
    String full = RINGALL.replace("members: [PJSIP/2001, PJSIP/2002]", "maxLen: 1\nagents: [alice]");
    QueueStepRig r = QueueStepRig.of(full + "\n---\n" + FLOW.formatted(""), COVERAGE);
    r.hub.send("support", QueueInput.Join.of("someone-else", "100"));
    r.start();
    assertEquals("full", r.h.outcomeOf("wait").orElseThrow());
    assertEquals(0, r.h.calls.all("startMoh").size());

    QueueStepRig e = rig(RINGALL.replace("members: [PJSIP/2001, PJSIP/2002]", "joinEmpty: strict\nagents: [alice]"),
        "");
    assertEquals("empty", e.h.outcomeOf("wait").orElseThrow());
    assertEquals("joinempty", e.h.result("wait", "reason"));
  }

  @Test
  void an_exit_key_of_the_step_routes_to_its_step_and_one_of_the_queue_to_exit() {
    QueueStepRig r = rig(RINGALL.replace("members: [PJSIP/2001, PJSIP/2002]", "exitKeys: \"9\"\nagents: [alice]"),
        "exits: {\"0\": operator}");
    r.advance(Duration.ofSeconds(3)).press("0");
    assertEquals("exit:0", r.h.outcomeOf("wait").orElseThrow());
    assertEquals("0", r.h.result("wait", "key"));
    assertEquals("support|NONE|EXITWITHKEY|0|1|1|3", r.events().get(2));
    r.assertNothingLeft();

    QueueStepRig q = rig(RINGALL.replace("members: [PJSIP/2001, PJSIP/2002]", "exitKeys: \"9\"\nagents: [alice]"),
        "");
    q.press("5").press("9");
    assertEquals("exit", q.h.outcomeOf("wait").orElseThrow());
  }

  static final String CALLBACKS = """
      queue: support
      strategy: linear
      agents: [alice]
      maxWait: 5m
      callback: {key: "*", attempts: 2, retry: 1m, endpoint: "Local/{number}@callbacks"}
      """;

  @Test
  void a_caller_leaves_a_confirmed_number_and_is_hung_up_keeping_their_place() {
    QueueStepRig r = rig(CALLBACKS, "");
    r.press("*");
    assertEquals(List.of("sound:vm-enter-num-to-call"), r.h.lastMedia());
    r.press("5551234#");
    assertEquals(List.of("sound:you-entered", "digits:5551234", "sound:if-correct-press", "digits:1"),
        r.h.lastMedia());
    r.press("1");
    assertEquals(List.of("sound:auth-thankyou", "sound:vm-goodbye"), r.h.lastMedia());
    r.h.calls.finishPlayback();

    assertTrue(r.h.result() instanceof RunResult.HungUpByFlow, r.h.result().toString());
    assertEquals("callback", r.h.outcomeOf("wait").orElseThrow());
    assertEquals("5551234", r.h.result("wait", "callbackNumber"));
    r.login("alice", "PJSIP/3001");
    QueueCommand.Offer offer = (QueueCommand.Offer) r.outside.stream().filter(QueueCommand.Offer.class::isInstance)
        .findFirst().orElseThrow();
    assertEquals("5551234", offer.callbackNumber().orElseThrow());
    r.assertNothingLeft();
  }

  @Test
  void an_unconfirmed_number_returns_the_caller_to_the_music() {
    QueueStepRig r = rig(CALLBACKS, "");
    r.press("*");
    r.h.calls.finishPlayback();
    r.advance(Duration.ofSeconds(10));
    assertEquals(2, r.h.calls.all("startMoh").size());
    r.press("*").press("42#").press("3");
    assertEquals(3, r.h.calls.all("startMoh").size());
    assertEquals(List.of(), r.outside.stream().filter(QueueCommand.CallbackAccepted.class::isInstance).toList());
  }

  @Test
  void an_agent_or_the_maximum_wait_may_take_the_caller_while_they_type_a_number() {
    QueueStepRig r = rig(CALLBACKS, "");
    r.press("*").press("55");
    r.login("alice", "PJSIP/3001");
    r.h.calls.answerLeg(r.leg(0));
    assertEquals(2, r.h.calls.all("addChannel").size());

    QueueStepRig q = rig(CALLBACKS, "");
    q.advance(Duration.ofMinutes(4)).press("*").advance(Duration.ofMinutes(1));
    assertEquals("timeout", q.h.outcomeOf("wait").orElseThrow());
  }

  @Test
  void an_agent_leaving_while_the_bridge_is_built_ends_the_call_as_completed_by_the_agent() {
    QueueStepRig r = rig(RINGALL.replace("ringall", "linear"), "");
    Promise<Void> bridge = r.h.calls.holdNext("createBridge");
    r.h.calls.answerLeg(r.leg(0));
    r.h.calls.legHangsUp(r.leg(0));
    bridge.complete();

    assertEquals("answered", r.h.outcomeOf("wait").orElseThrow());
    assertEquals("support|PJSIP/2001|COMPLETEAGENT|0|0|1", r.events().get(r.events().size() - 1));
    r.assertNothingLeft();
  }

  @Test
  void a_bridge_asterisk_refuses_fails_the_step_and_frees_the_agent() {
    QueueStepRig r = rig(RINGALL.replace("ringall", "linear"), "");
    r.h.calls.failNext("addChannel", FailureKind.GONE);
    r.h.calls.answerLeg(r.leg(0));

    assertTrue(r.h.result() instanceof RunResult.Failed, r.h.result().toString());
    assertEquals(AgentState.AVAILABLE, r.agent("PJSIP/2001").state());
    r.assertNothingLeft();
  }
}
