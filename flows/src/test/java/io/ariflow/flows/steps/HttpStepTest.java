package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ariflow.flows.port.HttpCall;
import io.ariflow.flows.port.HttpReply;
import io.ariflow.flows.runtime.FlowHarness;
import io.vertx.core.Promise;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpStepTest {

  private static final String LOOKUP = """
      flow: crm
      start: lookup
      variables: {customer: null}
      steps:
        lookup:
          type: http
          method: POST
          url: "https://crm.example.com/customers/${call.caller.number}"
          headers: {Authorization: "Bearer ${args.lang}-token"}
          body: {number: "${call.caller.number}", vip: true}
          timeout: 2s
          retries: 2
          backoff: 100ms
          into: customer
          next: known
          on: {failure: unknown, "404": stranger}
        known:
          type: hangup
          cause: normal
        unknown:
          type: hangup
          cause: congestion
        stranger:
          type: hangup
          cause: unallocated
      """;

  @Test
  void renders_the_request_and_stores_the_json_answer() {
    FlowHarness h = FlowHarness.yaml(LOOKUP);
    h.http.reply(200, "{\"tier\": \"gold\", \"open\": [1, 2]}");
    h.start();

    HttpCall sent = h.http.requests().get(0);
    assertEquals("POST", sent.method());
    assertEquals("https://crm.example.com/customers/89295671458", sent.url());
    assertEquals("Bearer en-token", sent.headers().get("Authorization"));
    assertEquals("application/json", sent.headers().get("Content-Type"));
    assertEquals("{\"number\":\"89295671458\",\"vip\":true}", sent.body());
    assertEquals(Duration.ofSeconds(2), sent.timeout());
    assertEquals(Map.of("tier", "gold", "open", List.of(1L, 2L)), h.run.variables().get("customer"));
    assertEquals(200, h.result("lookup", "status"));
    assertEquals(Optional.of("success"), h.outcomeOf("lookup"));
  }

  @Test
  void a_routed_status_code_wins_over_failure() {
    FlowHarness h = FlowHarness.yaml(LOOKUP);
    h.http.reply(404, "{\"error\": \"no such customer\"}");
    h.start();

    assertEquals(Optional.of("404"), h.outcomeOf("lookup"));
    assertEquals(1, h.http.requests().size());
  }

  @Test
  void server_errors_and_transport_failures_are_retried_with_growing_backoff() {
    FlowHarness h = FlowHarness.yaml(LOOKUP);
    h.http.reply(503, "").fail(new ConnectException("refused")).reply(200, "{}");
    h.start();
    assertEquals(1, h.http.requests().size());
    h.advance(Duration.ofMillis(100));
    assertEquals(2, h.http.requests().size());
    h.advance(Duration.ofMillis(199));
    assertEquals(2, h.http.requests().size());
    h.advance(Duration.ofMillis(1));

    assertEquals(3, h.http.requests().size());
    assertEquals(Optional.of("success"), h.outcomeOf("lookup"));
  }

  @Test
  void no_answer_after_every_retry_is_failure_with_status_zero() {
    FlowHarness h = FlowHarness.yaml(LOOKUP);
    h.http.hold();
    h.http.hold();
    h.http.hold();
    h.start();
    h.advance(Duration.ofSeconds(2));
    h.advance(Duration.ofMillis(100));
    h.advance(Duration.ofSeconds(2));
    h.advance(Duration.ofMillis(200));
    h.advance(Duration.ofSeconds(2));

    assertEquals(3, h.http.requests().size());
    assertEquals(Optional.of("failure"), h.outcomeOf("lookup"));
    assertEquals(0, h.result("lookup", "status"));
  }

  @Test
  void filler_audio_loops_while_waiting_and_stops_when_the_answer_arrives() {
    FlowHarness h = FlowHarness.yaml("""
        flow: slow-crm
        start: greet
        steps:
          greet:
            type: answer
            next: lookup
          lookup:
            type: http
            url: https://crm.example.com/slow
            timeout: 10s
            filler: [sound:please-wait]
            next: bye
            on: {failure: bye}
          bye:
            type: hangup
            cause: normal
        """);
    Promise<HttpReply> answer = h.http.hold();
    h.start();
    h.calls.finishPlayback();
    h.calls.finishPlayback();
    assertEquals(3, h.calls.all("play").size());
    answer.complete(new HttpReply(200, Map.of(), "ok"));

    assertEquals(1, h.calls.all("stopPlayback").size());
    assertEquals("ok", h.result("lookup", "body"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void the_caller_hanging_up_during_the_request_stops_the_filler() {
    FlowHarness h = FlowHarness.yaml("""
        flow: slow-crm
        start: greet
        steps:
          greet:
            type: answer
            next: lookup
          lookup:
            type: http
            url: https://crm.example.com/slow
            filler: [sound:please-wait]
            next: bye
            on: {failure: bye}
          bye:
            type: hangup
            cause: normal
        """);
    h.http.hold();
    h.start();
    h.calls.callerHangsUp();

    assertEquals(Optional.of("hangup"), h.outcomeOf("lookup"));
    assertEquals(List.of(), h.calls.leftovers());
    assertEquals(0, h.timers.pending());
  }

  @Test
  void an_unanswered_caller_gets_no_filler() {
    FlowHarness h = FlowHarness.yaml("""
        flow: pre-answer
        start: lookup
        steps:
          lookup:
            type: http
            url: https://crm.example.com/route
            filler: [sound:please-wait]
            next: bye
            on: {failure: bye}
          bye:
            type: hangup
            cause: normal
        """);
    h.http.hold();
    h.start();

    assertEquals(List.of(), h.calls.all("play"));
    assertFalse(h.finished());
  }
}
