package io.ariflow.flows.spec;

import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.ariflow.flows.expr.Template;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Connects the caller, a supervisor, to a running call ({@code type: supervise}): listening, whispering to the
 * agent or barging in, switching with keys 4, 5 and 6 during the session and stopping with {@code *}. The
 * supervision rules are checked before anything is connected. {@code stopped} is the default outcome; the others
 * go to {@code next} unless {@code on:} routes them.
 *
 * @param common id, next, on, timeout, location
 * @param target the supervised agent's channel id, or its endpoint ({@code PJSIP/2001}: the first of its channels
 *     in a call), a template
 * @param mode the mode to start in
 * @param identity who the supervisor is for the rules (template); empty for its channel's endpoint
 */
public record SuperviseSpec(StepCommon common, Template target, SupervisionMode mode, Optional<Template> identity)
    implements StepSpec {

  /** The supervisor pressed the stop key (or the step's timeout stopped it). */
  public static final String STOPPED = "stopped";
  /** The supervised call ended. */
  public static final String CALL_ENDED = "call-ended";
  /** No such call, or the snoop could not be made. */
  public static final String FAILED = "failed";
  /** The rules do not allow this supervisor to supervise this agent in this mode. */
  public static final String REFUSED = "refused";

  /** Rejects nulls. */
  public SuperviseSpec {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(identity, "identity");
  }

  @Override
  public String typeName() {
    return "supervise";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(STOPPED, CALL_ENDED, FAILED, REFUSED);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(STOPPED);
  }

  @Override
  public Set<String> followsNext() {
    return Outcomes.of(CALL_ENDED, FAILED, REFUSED);
  }

  @Override
  public Set<String> results() {
    return Set.of("mode", "reason");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
