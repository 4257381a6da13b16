package io.ariflow.flows.queue.definition;

import java.time.Duration;
import java.util.Objects;

/**
 * How agents are offered calls: app_queue's {@code timeout}, {@code retry}, {@code ringinuse},
 * {@code autofill}, {@code wrapuptime}, {@code autopause} and {@code penaltymemberslimit}.
 *
 * @param ringTimeout how long an offer rings before it counts as unanswered
 * @param retryDelay how long a caller waits after an unanswered offer before the next one
 * @param ringInUse whether members whose device is in use (by a call outside this engine) may be rung; an
 *     agent busy on a call of any queue is never offered
 * @param autofill offer several waiting callers at once when several agents are free; without it only the
 *     caller at position 1 is offered
 * @param wrapUpTime how long an agent rests after each call before the next offer
 * @param autoPause when repeated misses pause the agent
 * @param penaltyMembersLimit with this many logged-in members or fewer, penalties are ignored
 */
public record OfferPolicy(
    Duration ringTimeout, Duration retryDelay, boolean ringInUse, boolean autofill, Duration wrapUpTime,
    AutoPausePolicy autoPause, int penaltyMembersLimit) {

  /** Rejects nulls. */
  public OfferPolicy {
    Objects.requireNonNull(ringTimeout, "ringTimeout");
    Objects.requireNonNull(retryDelay, "retryDelay");
    Objects.requireNonNull(wrapUpTime, "wrapUpTime");
    Objects.requireNonNull(autoPause, "autoPause");
  }

  /** app_queue's defaults (timeout 15 s, retry 5 s, autofill on, no wrap-up), except ring-in-use off. */
  public static OfferPolicy defaults() {
    return new OfferPolicy(Duration.ofSeconds(15), Duration.ofSeconds(5), false, true, Duration.ZERO,
        AutoPausePolicy.off(), 0);
  }

  /** A copy ringing for {@code timeout} and retrying after {@code retry}. */
  public OfferPolicy withRing(Duration timeout, Duration retry) {
    return new OfferPolicy(timeout, retry, ringInUse, autofill, wrapUpTime, autoPause, penaltyMembersLimit);
  }

  /** A copy with this wrap-up time. */
  public OfferPolicy withWrapUp(Duration wrapUp) {
    return new OfferPolicy(ringTimeout, retryDelay, ringInUse, autofill, wrapUp, autoPause, penaltyMembersLimit);
  }

  /** A copy with this auto-pause rule. */
  public OfferPolicy withAutoPause(AutoPausePolicy policy) {
    return new OfferPolicy(ringTimeout, retryDelay, ringInUse, autofill, wrapUpTime, policy, penaltyMembersLimit);
  }

  /** A copy with these ring-in-use, autofill and penalty-members-limit options. */
  public OfferPolicy withOptions(boolean ringBusy, boolean fill, int membersLimit) {
    return new OfferPolicy(ringTimeout, retryDelay, ringBusy, fill, wrapUpTime, autoPause, membersLimit);
  }
}
