package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.port.HttpReply;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each media, input, logic and integration step tells the timeline in a few words what it did. */
class TimelineNotesTest {

  private static FlowHarness answered(String yaml) {
    return FlowHarness.of(FlowHarness.load(yaml), null, RunOptions.defaults(), true);
  }

  private static String oneStep(String step) {
    return """
        flow: notes
        start: it
        variables: {tier: none, n: 0}
        steps:
          it:
        %s
            next: bye
          bye:
            type: hangup
        """.formatted(step.indent(4).stripTrailing());
  }

  @Test
  void a_demo_call_reads_as_a_story() {
    FlowHarness h = FlowHarness.yaml("""
        flow: demo
        start: answer
        steps:
          answer:
            type: answer
            next: hello
          hello:
            type: play
            media: sound:hello-world
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();
    h.advance(Duration.ofSeconds(2));
    h.calls.finishPlayback();

    assertEquals("10:55:52 call from 89295671458 to 555; answered; played hello-world; hung up (normal)",
        h.run.timeline().render());
  }

  @Test
  void answering_an_answered_call_tells_nothing() {
    FlowHarness h = answered(oneStep("type: answer")).start();

    assertEquals(Optional.of(""), h.noteOf("it"));
  }

  @Test
  void play_names_its_media_and_says_when_a_digit_cut_it() {
    FlowHarness h = answered(oneStep("""
        type: play
        media: [sound:welcome, "digits:${call.extension}", sound:a, sound:b]
        loops: 2
        bargeIn: true""")).start();
    h.calls.press("5");

    assertEquals(Optional.of("played welcome, digits:555, a +1 more (2 times) (interrupted by 5)"),
        h.noteOf("it"));
  }

  @Test
  void say_tells_the_value_it_said() {
    FlowHarness h = answered(oneStep("type: say\nnumber: \"42\"")).start();
    h.calls.finishPlayback();

    assertEquals(Optional.of("said 42"), h.noteOf("it"));
  }

  @Test
  void record_tells_how_long() {
    FlowHarness h = answered(oneStep("type: record\nname: memo")).start();
    h.calls.finishRecording("memo", 12);

    assertEquals(Optional.of("recorded 12 s"), h.noteOf("it"));
  }

  @Test
  void gather_tells_the_digits_entered() {
    FlowHarness h = answered(oneStep("type: gather\nmaxDigits: 4\non: {noinput: bye}")).start();
    h.calls.press("1234");

    assertEquals(Optional.of("entered 1234"), h.noteOf("it"));
  }

  @Test
  void set_tells_the_values_it_set_cutting_long_ones() {
    FlowHarness h = answered(oneStep("""
        type: set
        values:
          tier: gold
          n: "=n + 1"
          note: "%s\"""".formatted("x".repeat(60)))).start();

    assertEquals(Optional.of("set tier = gold, n = 1, note = " + "x".repeat(37) + "..."), h.noteOf("it"));
  }

  @Test
  void http_tells_its_description_the_status_and_the_time_taken() {
    FlowHarness h = answered(oneStep("""
        type: http
        description: CRM lookup
        url: http://crm.local/customers/${call.caller.number}
        on: {failure: bye}"""));
    Promise<HttpReply> reply = h.http.hold();
    h.start();
    h.advance(Duration.ofMillis(340));
    reply.complete(new HttpReply(200, Map.of(), "{}"));

    assertEquals(Optional.of("CRM lookup 200 in 340 ms"), h.noteOf("it"));
  }

  @Test
  void http_without_description_names_method_and_host_and_tells_a_missing_answer() {
    FlowHarness h = answered(oneStep("type: http\nurl: http://crm.local/x\ntimeout: 2s\non: {failure: bye}"));
    h.http.hold();
    h.start();
    h.advance(Duration.ofSeconds(2));

    assertEquals(Optional.of("http GET crm.local: no answer after 2000 ms"), h.noteOf("it"));
  }

  @Test
  void dial_tells_who_answered_how_long_it_rang_and_the_talk() {
    FlowHarness h = answered(oneStep("type: dial\ntargets: PJSIP/104\non: {busy: bye, noanswer: bye, failed: bye}"))
        .start();
    String leg = h.calls.createdChannels().get(0);
    h.calls.ringLeg(leg);
    h.advance(Duration.ofSeconds(4));
    h.calls.answerLeg(leg);
    h.advance(Duration.ofSeconds(20));
    h.calls.legHangsUp(leg);

    assertEquals(Optional.of("connected to PJSIP/104; rang 4 s; talked 20 s"), h.noteOf("it"));
  }
}
