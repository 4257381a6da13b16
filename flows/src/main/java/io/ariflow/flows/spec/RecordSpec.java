package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Records the caller ({@code type: record}), e.g. a voicemail. {@code tooShort} exists only when
 * {@code minDuration} is set.
 *
 * @param common id, next, on, timeout, location
 * @param name the recording name (template)
 * @param format file format, e.g. {@code wav}
 * @param maxDuration longest recording, empty for no limit
 * @param maxSilence silence that ends the recording, empty for none
 * @param beep whether to beep before recording
 * @param terminateOn the DTMF that stops it
 * @param ifExists what to do with an existing recording of that name
 * @param minDuration recordings shorter than this produce {@code tooShort}
 */
public record RecordSpec(StepCommon common, Template name, String format, Optional<Duration> maxDuration,
    Optional<Duration> maxSilence, boolean beep, TerminateOn terminateOn, IfExists ifExists,
    Optional<Duration> minDuration) implements StepSpec {

  /** The default outcome: a recording was stored. */
  public static final String RECORDED = "recorded";
  /** The recording was shorter than {@code minDuration}. */
  public static final String TOO_SHORT = "tooShort";

  /** Rejects nulls. */
  public RecordSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(terminateOn, "terminateOn");
    Objects.requireNonNull(ifExists, "ifExists");
  }

  @Override
  public String typeName() {
    return "record";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(RECORDED, Outcomes.when(minDuration.isPresent(), TOO_SHORT));
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(RECORDED);
  }

  @Override
  public Set<String> results() {
    return Set.of("name", "duration");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
