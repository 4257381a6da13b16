package io.ariflow.flows.queue.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each event's line, field for field as app_queue's ast_queue_log writes it. */
class QueueLogFormatTest {

  private static final Instant AT = Instant.parse("2013-04-23T12:32:20.750Z");

  private static String line(String call, String queue, String agent, QueueLogEvent event) {
    return new QueueLogRecord(AT, call, queue, agent, event).line();
  }

  @Test
  void caller_events_carry_positions_and_whole_second_times() {
    assertEquals("1366720340|1366720340.303267|MYQUEUE|NONE|ENTERQUEUE|http://x|5551234|2",
        line("1366720340.303267", "MYQUEUE", "NONE", new QueueLogEvent.EnterQueue("http://x", "5551234", 2)));
    assertEquals("1366720340|u1|q|NONE|ABANDON|3|5|47", line("u1", "q", "NONE", new QueueLogEvent.Abandon(3, 5, 47)));
    assertEquals("1366720340|u1|q|NONE|EXITWITHTIMEOUT|1|4|300",
        line("u1", "q", "NONE", new QueueLogEvent.ExitWithTimeout(1, 4, 300)));
    assertEquals("1366720340|u1|q|NONE|EXITWITHKEY|#|2|2|12",
        line("u1", "q", "NONE", new QueueLogEvent.ExitWithKey("#", 2, 2, 12)));
    assertEquals("1366720340|u1|q|NONE|EXITEMPTY|1|1|8", line("u1", "q", "NONE", new QueueLogEvent.ExitEmpty(1, 1, 8)));
  }

  @Test
  void agent_call_events_carry_hold_talk_and_ring_times() {
    assertEquals("1366720340|u1|q|SIP/8007|RINGNOANSWER|1000",
        line("u1", "q", "SIP/8007", new QueueLogEvent.RingNoAnswer(1000)));
    assertEquals("1366720340|u1|q|SIP/8007|RINGCANCELED|2500",
        line("u1", "q", "SIP/8007", new QueueLogEvent.RingCanceled(2500)));
    assertEquals("1366720340|u1|q|SIP/8007|CONNECT|12|u2|4",
        line("u1", "q", "SIP/8007", new QueueLogEvent.Connect(12, "u2", 4)));
    assertEquals("1366720340|u1|q|SIP/8007|COMPLETECALLER|12|300|1",
        line("u1", "q", "SIP/8007", new QueueLogEvent.CompleteCaller(12, 300, 1)));
    assertEquals("1366720340|u1|q|SIP/8007|COMPLETEAGENT|12|300|1",
        line("u1", "q", "SIP/8007", new QueueLogEvent.CompleteAgent(12, 300, 1)));
  }

  @Test
  void member_events_have_an_empty_field_when_they_carry_no_data() {
    assertEquals("1366720340|NONE|NONE|NONE|QUEUESTART|", line("NONE", "NONE", "NONE", new QueueLogEvent.QueueStart()));
    assertEquals("1366720340|NONE|q|Agent/1|ADDMEMBER|", line("NONE", "q", "Agent/1", new QueueLogEvent.AddMember(false)));
    assertEquals("1366720340|NONE|q|Agent/1|ADDMEMBER|PAUSED",
        line("NONE", "q", "Agent/1", new QueueLogEvent.AddMember(true)));
    assertEquals("1366720340|NONE|q|Agent/1|REMOVEMEMBER|", line("NONE", "q", "Agent/1", new QueueLogEvent.RemoveMember()));
    assertEquals("1366720340|NONE|q|Agent/1|PAUSE|lunch", line("NONE", "q", "Agent/1", new QueueLogEvent.Pause(false, "lunch")));
    assertEquals("1366720340|NONE|NONE|Agent/1|PAUSEALL|lunch",
        line("NONE", "NONE", "Agent/1", new QueueLogEvent.Pause(true, "lunch")));
    assertEquals("1366720340|NONE|q|Agent/1|UNPAUSE|", line("NONE", "q", "Agent/1", new QueueLogEvent.Unpause(false, "")));
    assertEquals("1366720340|NONE|NONE|Agent/1|UNPAUSEALL|",
        line("NONE", "NONE", "Agent/1", new QueueLogEvent.Unpause(true, "")));
    assertEquals("1366720340|NONE|NONE|Agent/1|AGENTLOGIN|PJSIP/2001",
        line("NONE", "NONE", "Agent/1", new QueueLogEvent.AgentLogin("PJSIP/2001")));
    assertEquals("1366720340|NONE|NONE|Agent/1|AGENTLOGOFF|PJSIP/2001|3600",
        line("NONE", "NONE", "Agent/1", new QueueLogEvent.AgentLogoff("PJSIP/2001", 3600)));
  }

  @Test
  void a_separator_inside_a_value_cannot_shift_the_columns() {
    assertEquals("1366720340|u1|q|NONE|ENTERQUEUE||John_Doe|1",
        line("u1", "q", "NONE", new QueueLogEvent.EnterQueue("", "John|Doe", 1)));
  }

  @Test
  void the_disabled_log_drops_records() {
    QueueLog.NONE.write(new QueueLogRecord(AT, "NONE", "NONE", "NONE", new QueueLogEvent.QueueStart()));
  }
}
