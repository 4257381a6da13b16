package io.ariflow.flows.runtime;

import io.ariflow.flows.spec.Fallback;
import java.util.Optional;
import java.util.OptionalInt;

/** How a run ended; {@link FlowRun#start()} completes with one of these and never fails. */
public sealed interface RunResult {

  /**
   * The caller hung up (and the flow's hangup route, if any, finished).
   *
   * @param lastStep the step running when the caller left
   */
  record CallerHungUp(String lastStep) implements RunResult {
  }

  /**
   * The flow hung the caller up.
   *
   * @param cause the ARI hangup reason
   */
  record HungUpByFlow(String cause) implements RunResult {
  }

  /**
   * The channel went back to the dialplan ({@code continue}, or a top-level {@code return}).
   *
   * @param context the context, empty for "after Stasis()"
   * @param extension the extension, empty for "after Stasis()"
   * @param priority the priority, empty for "after Stasis()"
   */
  record ContinuedInDialplan(Optional<String> context, Optional<String> extension, OptionalInt priority)
      implements RunResult {
  }

  /**
   * A step settled the end of the call itself (a transfer whose bridge ended).
   *
   * @param summary what happened
   */
  record Finished(String summary) implements RunResult {
  }

  /**
   * The flow failed and the fallback was applied.
   *
   * @param reason what failed, with the step and its file position
   * @param fallback the fallback applied: the flow's own, else the run's default; empty when there was none
   *     and the channel was left in Stasis for the host
   */
  record Failed(String reason, Optional<Fallback> fallback) implements RunResult {
  }

  /**
   * The run was cancelled from outside (shutdown, the call taken over).
   *
   * @param reason why
   */
  record Cancelled(String reason) implements RunResult {
  }
}
