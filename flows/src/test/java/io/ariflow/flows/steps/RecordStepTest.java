package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.port.RecordRequest;
import io.ariflow.flows.port.fakes.AriEvents;
import io.ariflow.flows.runtime.FlowHarness;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordStepTest {

  private static final String VOICEMAIL = """
      flow: voicemail
      start: message
      steps:
        message:
          type: record
          name: "vm-${call.id}"
          maxDuration: 60s
          maxSilence: 5s
          beep: true
          terminateOn: "#"
          ifExists: overwrite
          minDuration: 2s
          next: thanks
          on: {tooShort: again, hangup: store}
        thanks:
          type: hangup
          cause: normal
        again:
          type: hangup
          cause: busy
        store:
          type: set
          values: {stored: "${steps.message.name}"}
          next: thanks
      """;

  @Test
  void records_with_the_flow_s_limits_and_reports_name_and_duration() {
    FlowHarness h = FlowHarness.yaml(VOICEMAIL).start();
    RecordRequest request = (RecordRequest) h.calls.all("record").get(0).args().get(1);
    assertEquals(new RecordRequest("vm-call-1", "wav", Duration.ofSeconds(60), Duration.ofSeconds(5), true, "#",
        "overwrite"), request);
    h.calls.finishRecording("vm-call-1", 12);

    assertEquals(Optional.of("recorded"), h.outcomeOf("message"));
    assertEquals(12L, h.result("message", "duration"));
    assertEquals("vm-call-1", h.result("message", "name"));
  }

  @Test
  void shorter_than_min_duration_is_too_short() {
    FlowHarness h = FlowHarness.yaml(VOICEMAIL).start();
    h.calls.finishRecording("vm-call-1", 1);

    assertEquals(Optional.of("tooShort"), h.outcomeOf("message"));
  }

  @Test
  void a_hangup_keeps_the_recording_name_for_the_hangup_route() {
    FlowHarness h = FlowHarness.yaml(VOICEMAIL).start();
    h.calls.callerHangsUp();

    assertEquals("vm-call-1", h.run.variables().get("stored"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void a_step_timeout_stops_the_recording_and_keeps_it() {
    FlowHarness h = FlowHarness.yaml("""
        flow: memo
        start: message
        steps:
          message:
            type: record
            name: memo
            timeout: 30s
            next: bye
            on: {timeout: bye}
          bye:
            type: hangup
            cause: normal
        """).start();
    h.advance(Duration.ofSeconds(30));

    assertEquals(List.of("memo"), h.calls.all("stopRecording").get(0).args());
    assertEquals(Optional.of("timeout"), h.outcomeOf("message"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void a_failed_recording_is_an_error() {
    FlowHarness h = FlowHarness.yaml("""
        flow: memo
        start: message
        steps:
          message:
            type: record
            name: memo
            next: bye
            on: {error: bye}
          bye:
            type: hangup
            cause: normal
        """).start();
    h.calls.emit(AriEvents.recordingFailed("memo", "channel:caller-1"));

    assertEquals(Optional.of("error"), h.outcomeOf("message"));
  }
}
