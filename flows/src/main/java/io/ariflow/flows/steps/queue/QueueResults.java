package io.ariflow.flows.steps.queue;

import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.OverflowReason;
import io.ariflow.flows.spec.QueueSpec;
import io.ariflow.flows.steps.StepContext;
import io.ariflow.flows.steps.StepResult;
import io.ariflow.flows.steps.Termination;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code steps.<id>.*} results of a queue step and its timeline notes. Every result is published as soon as
 * it is known, so it survives the caller hanging up mid-call ({@code agent}, {@code talkSeconds}).
 */
final class QueueResults {

  private final StepContext ctx;
  private final String queue;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Instant joinedAt;
  private String agent = "";
  private Instant connectedAt;

  QueueResults(StepContext ctx, String queue) {
    this.ctx = ctx;
    this.queue = queue;
    this.joinedAt = ctx.timers().now();
    put("queue", queue);
  }

  /** The step outcome for an overflow reason. */
  static String outcomeOf(OverflowReason reason) {
    return switch (reason) {
      case TIMEOUT -> QueueSpec.TIMEOUT;
      case FULL -> QueueSpec.FULL;
      case JOIN_EMPTY, LEAVE_EMPTY -> QueueSpec.EMPTY;
    };
  }

  /** A periodic prompt as a media URI ({@code queue-periodic-announce} is a sound). */
  static String media(String prompt) {
    return prompt.contains(":") ? prompt : "sound:" + prompt;
  }

  void put(String field, Object value) {
    values.put(field, value);
    ctx.putResult(field, value);
  }

  /** The agent whose leg answered is being connected. */
  void connected(OfferLeg leg) {
    connected(leg.agentId(), leg.endpoint());
  }

  /** {@code agentId} on {@code endpoint} is being connected (an agent, or a picker named by its endpoint). */
  void connected(String agentId, String endpoint) {
    agent = agentId;
    put("agent", agentId);
    put("endpoint", endpoint);
    put("waitSeconds", seconds(joinedAt, ctx.timers().now()));
  }

  /** Caller and agent are bridged: talk time counts from now. */
  void bridged() {
    connectedAt = ctx.timers().now();
    ctx.putNote(talkedNote());
  }

  /** The connected call ended; {@code by} hung up. */
  void ended(EndedBy by) {
    put("endedBy", by.name().toLowerCase(Locale.ROOT));
    put("talkSeconds", connectedAt == null ? 0L : seconds(connectedAt, ctx.timers().now()));
    ctx.putNote(talkedNote());
  }

  /** The caller left while the queue still counted them; when {@code talking}, they ended the call. */
  void callerLeft(boolean talking) {
    if (talking) {
      ended(EndedBy.CALLER);
    } else {
      put("waitSeconds", seconds(joinedAt, ctx.timers().now()));
      ctx.putNote(leftNote("caller hung up"));
    }
  }

  StepResult of(String outcome, String note) {
    return StepResult.of(outcome, values).noted(note);
  }

  /** The step ends the run by hanging the caller up, having produced {@code outcome}. */
  StepResult hangUp(String outcome, String note) {
    return new StepResult(outcome, values, note, Optional.of(new Termination.HungUp("normal")));
  }

  /** {@code queue support: timeout after 120 s}. */
  String leftNote(String what) {
    return "queue " + queue + ": " + what + " after " + seconds(joinedAt, ctx.timers().now()) + " s";
  }

  /** {@code queue support: answered by alice after 12 s, talked 30 s}. */
  String talkedNote() {
    long waited = ((Number) values.getOrDefault("waitSeconds", 0L)).longValue();
    String talked = connectedAt == null ? "" : ", talked " + seconds(connectedAt, ctx.timers().now()) + " s";
    return "queue " + queue + ": answered by " + agent + " after " + waited + " s" + talked;
  }

  private static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds();
  }
}
