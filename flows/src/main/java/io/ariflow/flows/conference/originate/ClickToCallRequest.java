package io.ariflow.flows.conference.originate;

import io.ariflow.flows.conference.command.CallerId;
import java.time.Duration;
import java.util.Objects;

/**
 * Call A first; when A answers, do {@code then}.
 *
 * @param id our id for the request (the engine reports outcomes under it)
 * @param endpoint A's endpoint, e.g. {@code PJSIP/201}
 * @param callerId what A sees (often B's number, so A knows whom it is about to call)
 * @param timeout how long A may ring
 * @param then what follows A's answer
 */
public record ClickToCallRequest(String id, String endpoint, CallerId callerId, Duration timeout, AfterAnswer then) {

  /** Rejects nulls. */
  public ClickToCallRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(callerId, "callerId");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(then, "then");
  }
}
