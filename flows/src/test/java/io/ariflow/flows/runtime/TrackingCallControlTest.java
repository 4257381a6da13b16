package io.ariflow.flows.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.port.CallControlFailure;
import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.port.fakes.FakeCallControl;
import io.vertx.core.Future;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackingCallControlTest {

  private final FakeCallControl fake = new FakeCallControl("caller-1");
  private final TrackingCallControl calls = new TrackingCallControl(fake, new HashSet<>());

  private static Optional<String> subjectOf(Future<?> command) {
    return ((CallControlFailure) command.cause()).subject();
  }

  @Test
  void a_refusal_names_the_object_the_command_was_about() {
    List.of("play", "stopPlayback", "addChannel", "hangup", "stopRecording")
        .forEach(op -> fake.failNext(op, FailureKind.GONE));

    assertEquals(Optional.of("bridge-1"), subjectOf(calls.play("pb-1", "bridge:bridge-1", List.of("sound:x"), null)));
    assertEquals(Optional.of("pb-1"), subjectOf(calls.stopPlayback("pb-1")));
    assertEquals(Optional.of("bridge-1"), subjectOf(calls.addChannel("bridge-1", "caller-1")));
    assertEquals(Optional.of("leg-1"), subjectOf(calls.hangup("leg-1", "normal")));
    assertEquals(Optional.of("memo"), subjectOf(calls.stopRecording("memo")));
  }

  @Test
  void a_refusal_keeps_its_kind_and_message() {
    fake.failNext("answer", FailureKind.NOT_IN_STASIS);

    CallControlFailure failure = (CallControlFailure) calls.answer("caller-1").cause();

    assertEquals(FailureKind.NOT_IN_STASIS, failure.kind());
    assertEquals("NOT_IN_STASIS: answer refused by the fake", failure.getMessage());
    assertEquals(Optional.of("caller-1"), failure.subject());
  }
}
