package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Connects the caller to one extension or endpoint and ends the run when that call ends
 * ({@code type: transfer}). When the transfer does not connect (busy, no answer, failure) it produces
 * {@code failed}, its default outcome, with the reason in {@code steps.<id>.dialStatus}.
 *
 * @param common id, next, on, location
 * @param to an extension ({@code 104}, dialled as {@code Local/104@context}) or an endpoint (template)
 * @param context the dialplan context for an extension, empty for the channel's
 * @param ringTimeout how long it rings (the YAML {@code timeout}, 30s by default)
 */
public record TransferSpec(StepCommon common, Template to, Optional<Template> context, Duration ringTimeout)
    implements StepSpec {

  /** The transfer did not connect. */
  public static final String FAILED = "failed";

  /** Rejects nulls. */
  public TransferSpec {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(ringTimeout, "ringTimeout");
  }

  @Override
  public String typeName() {
    return "transfer";
  }

  @Override
  public Set<String> outcomes() {
    return Set.of(FAILED);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(FAILED);
  }

  @Override
  public boolean canEnd() {
    return true;
  }

  @Override
  public Set<String> results() {
    return Set.of("answeredBy", "dialStatus", "ringSeconds", "talkSeconds", "ended");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
