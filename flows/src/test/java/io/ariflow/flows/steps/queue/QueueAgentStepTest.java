package io.ariflow.flows.steps.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.state.TransitionObserver;
import org.junit.jupiter.api.Test;

/** An agent's own feature codes: log in on the phone they call from, pause with a reason, and refusals. */
class QueueAgentStepTest {

  static final String QUEUE = """
      queue: support
      agents: [alice]
      ---
      """;

  private static QueueStepRig run(String steps) {
    return QueueStepRig.of(QUEUE + """
        flow: codes
        start: first
        steps:
        %s
          bye:
            type: hangup
          refused:
            type: hangup
            cause: busy
        """.formatted(steps.indent(2).stripTrailing()), TransitionObserver.NONE).start();
  }

  @Test
  void an_agent_logs_in_on_the_phone_they_call_from_and_pauses_with_a_reason() {
    QueueStepRig r = run("""
        first:
          type: queue-agent
          action: login
          agent: alice
          next: pause
        pause:
          type: queue-agent
          action: pause
          agent: "${steps.first.agent}"
          reason: lunch
          next: bye
          on: {refused: refused}
        """);

    assertEquals("PJSIP/sipp", r.agent("alice").endpoint().orElseThrow());
    assertEquals(AgentState.PAUSED, r.agent("alice").state());
    assertEquals("lunch", r.agent("alice").pauseReason().orElseThrow());
    assertEquals("agent alice logged in on PJSIP/sipp", r.h.noteOf("first").orElseThrow());
    assertEquals("agent alice paused (lunch)", r.h.noteOf("pause").orElseThrow());
  }

  @Test
  void an_agent_no_queue_declares_or_a_change_the_state_refuses_is_routed_to_refused() {
    QueueStepRig r = run("""
        first:
          type: queue-agent
          action: login
          agent: mallory
          endpoint: PJSIP/3009
          next: unpause
        unpause:
          type: queue-agent
          action: unpause
          agent: alice
          next: bye
          on: {refused: refused}
        """);

    assertEquals("refused", r.h.outcomeOf("first").orElseThrow());
    assertEquals("no queue declares agent 'mallory'", r.h.result("first", "reason"));
    assertEquals("refused", r.h.outcomeOf("unpause").orElseThrow());
  }
}
