package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.supervision.SupervisionAnswer;
import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.ariflow.flows.conference.supervision.SupervisionOutcome;
import io.ariflow.flows.port.SuperviseRequest;
import io.ariflow.flows.port.SupervisionHandle;
import io.ariflow.flows.port.SupervisionPort;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.state.TransitionObserver;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The supervise step hands the request to the host and ends with the session; cancelling it stops the session. */
class SuperviseStepTest {

  private final FakeSupervision supervision = new FakeSupervision();

  private FlowHarness supervise(String fields) {
    return FlowHarness.of(FlowHarness.load("""
        flow: spy
        start: watch
        steps:
          watch:
            type: supervise
        %s
            next: bye
          bye:
            type: hangup
        """.formatted(fields.indent(4).stripTrailing())), "spy", RunOptions.defaults(), true,
        StepRegistry.standard(), TransitionObserver.NONE, Map.of(SupervisionPort.class, supervision)).start();
  }

  @Test
  void theRequestNamesTheSupervisorByItsEndpointUnlessTheFlowSaysOtherwise() {
    supervise("target: PJSIP/2001\nmode: whisper");
    supervise("target: \"${call.caller.number}\"\nidentity: lead-${call.caller.number}");

    assertEquals(new SuperviseRequest(FlowHarness.CALLER, "PJSIP/sipp", "PJSIP/2001", SupervisionMode.WHISPER),
        supervision.requests.get(0));
    assertEquals("lead-89295671458", supervision.requests.get(1).supervisorIdentity());
    assertEquals(SupervisionMode.LISTEN, supervision.requests.get(1).mode());
  }

  @Test
  void theStepEndsWithTheSessionsOutcome() {
    FlowHarness h = supervise("target: PJSIP/2001");
    supervision.end(SupervisionOutcome.CALL_ENDED, "the call ended");

    assertEquals(Optional.of("call-ended"), h.outcomeOf("watch"));
    assertEquals("the call ended", h.result("watch", "reason"));
    assertEquals("listen", h.result("watch", "mode"));
  }

  @Test
  void aRefusalFollowsNextLikeTheOtherOutcomes() {
    FlowHarness h = supervise("target: PJSIP/2001");
    supervision.end(SupervisionOutcome.REFUSED, "PJSIP/sipp may not listen on PJSIP/2001");

    assertEquals(Optional.of("refused"), h.outcomeOf("watch"));
    assertTrue(h.finished());
  }

  @Test
  void theStepsTimeoutStopsTheSession() {
    FlowHarness h = supervise("target: PJSIP/2001\ntimeout: 1m\non: { timeout: bye }");
    h.advance(Duration.ofMinutes(1));

    assertEquals(Optional.of("timeout"), h.outcomeOf("watch"));
    assertEquals(1, supervision.stops);
  }

  /** A supervision service whose sessions end when the test says. */
  private static final class FakeSupervision implements SupervisionPort {
    final List<SuperviseRequest> requests = new ArrayList<>();
    final Promise<SupervisionAnswer.Ended> ended = Promise.promise();
    int stops;

    @Override
    public Future<SupervisionHandle> supervise(SuperviseRequest request) {
      requests.add(request);
      return Future.succeededFuture(new SupervisionHandle() {
        @Override
        public Future<SupervisionAnswer.Ended> ended() {
          return ended.future();
        }

        @Override
        public void stop() {
          stops++;
        }
      });
    }

    void end(SupervisionOutcome outcome, String reason) {
      ended.complete(new SupervisionAnswer.Ended(outcome, reason));
    }
  }
}
