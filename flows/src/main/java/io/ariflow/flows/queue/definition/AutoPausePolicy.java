package io.ariflow.flows.queue.definition;

/**
 * When an agent who keeps missing offers is paused automatically (app_queue's {@code autopause},
 * {@code autopausebusy}, {@code autopauseunavail}, generalised to N consecutive misses). The pause is
 * agent-wide (app_queue's {@code autopause=all}) because an agent has one state shared by all queues.
 *
 * @param afterUnanswered consecutive unanswered offers that pause the agent; zero disables auto-pause
 * @param countRefusals whether refused offers (busy, rejected, unreachable) count as unanswered too; ring
 *     timeouts always count
 * @param reason the pause reason recorded (app_queue writes {@code Auto-Pause})
 */
public record AutoPausePolicy(int afterUnanswered, boolean countRefusals, String reason) {

  /** app_queue's pause reason for automatic pauses. */
  public static final String DEFAULT_REASON = "Auto-Pause";

  /** No automatic pause. */
  public static AutoPausePolicy off() {
    return new AutoPausePolicy(0, false, DEFAULT_REASON);
  }

  /** Pause after {@code misses} consecutive ring timeouts (and refusals when {@code countRefusals}). */
  public static AutoPausePolicy after(int misses, boolean countRefusals) {
    return new AutoPausePolicy(misses, countRefusals, DEFAULT_REASON);
  }

  /** Whether auto-pause is enabled. */
  public boolean enabled() {
    return afterUnanswered > 0;
  }
}
