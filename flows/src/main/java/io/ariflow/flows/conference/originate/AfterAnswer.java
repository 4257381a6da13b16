package io.ariflow.flows.conference.originate;

import io.ariflow.flows.conference.command.CallerId;
import java.time.Duration;
import java.util.Objects;

/** What happens once the first party answers: dial the second and bridge them, or run a flow on the channel. */
public sealed interface AfterAnswer permits AfterAnswer.DialB, AfterAnswer.RunFlow {

  /**
   * Dial B while A hears ringback, and bridge them when B answers.
   *
   * @param endpoint B's endpoint, e.g. {@code PJSIP/301}
   * @param callerId what B sees (usually A's number)
   * @param timeout how long B may ring
   */
  record DialB(String endpoint, CallerId callerId, Duration timeout) implements AfterAnswer {
    /** Rejects nulls. */
    public DialB {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(callerId, "callerId");
      Objects.requireNonNull(timeout, "timeout");
    }
  }

  /**
   * Hand A's answered channel to the flow engine.
   *
   * @param flowId the flow to run
   */
  record RunFlow(String flowId) implements AfterAnswer {
    /** Rejects null. */
    public RunFlow {
      Objects.requireNonNull(flowId, "flowId");
    }
  }
}
