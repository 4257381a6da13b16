package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Logs a queue agent in or out, or pauses or unpauses them ({@code type: queue-agent}): the agent's own line
 * (a feature code such as *45) without a supervisor's screen. {@code refused} (an agent no queue declares, a
 * change their state does not allow) goes to {@code next} unless {@code on:} routes it.
 *
 * @param common id, next, on, timeout, location
 * @param action what to do
 * @param agent the agent id (template)
 * @param endpoint for login: the endpoint to ring (template); empty for the caller's own device
 * @param reason for pause: why (template)
 */
public record QueueAgentSpec(StepCommon common, QueueAgentAction action, Template agent,
    Optional<Template> endpoint, Optional<Template> reason) implements StepSpec {

  /** The default outcome: the change was applied (or will be, after the agent's call). */
  public static final String DONE = Outcomes.DONE;
  /** The queues refused the change. */
  public static final String REFUSED = "refused";

  /** Rejects nulls. */
  public QueueAgentSpec {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String typeName() {
    return "queue-agent";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(DONE, REFUSED);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(DONE);
  }

  @Override
  public Set<String> followsNext() {
    return Set.of(REFUSED);
  }

  @Override
  public Set<String> results() {
    return Set.of("agent", "reason");
  }
}
