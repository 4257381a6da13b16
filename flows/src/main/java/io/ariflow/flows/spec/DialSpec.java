package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Rings endpoints and bridges the caller with the one who answers ({@code type: dial}). {@code answered}
 * is produced when the bridge ends ({@code steps.<id>.ended} says who left). Its {@code timeout} is the
 * per-target ring time, so {@code common().timeout()} is always empty.
 *
 * @param common id, next, on, location
 * @param targets endpoints ({@code PJSIP/104}, {@code Local/104@default}; templates)
 * @param mode simultaneous or sequential
 * @param targetTimeout how long each target rings
 * @param callerId caller id presented to the callee (template)
 * @param earlyMedia whether ringing/progress is passed to the caller
 * @param announce media played to the callee before bridging
 * @param screen screening, if any
 * @param pickupGroups the pickup groups that may answer the ringing call instead (none: not offered)
 */
public record DialSpec(StepCommon common, List<Template> targets, DialMode mode, Duration targetTimeout,
    Optional<Template> callerId, boolean earlyMedia, List<MediaRef> announce, Optional<ScreenSpec> screen,
    List<String> pickupGroups) implements StepSpec {

  /** The default outcome: someone answered; produced when the bridge ends. */
  public static final String ANSWERED = "answered";
  /** Every target was busy. */
  public static final String BUSY = "busy";
  /** Nobody answered in time (or screening was refused). */
  public static final String NOANSWER = "noanswer";
  /** The targets could not be dialled (bad endpoint, congestion). */
  public static final String FAILED = "failed";
  /** Someone else picked the ringing call up; produced when the picker hangs up. */
  public static final String PICKED_UP = "picked-up";

  /** Copies the lists and rejects nulls. */
  public DialSpec {
    targets = List.copyOf(targets);
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(targetTimeout, "targetTimeout");
    announce = List.copyOf(announce);
    pickupGroups = List.copyOf(pickupGroups);
  }

  @Override
  public String typeName() {
    return "dial";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(ANSWERED, BUSY, NOANSWER, FAILED, Outcomes.when(!pickupGroups.isEmpty(), PICKED_UP));
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(ANSWERED);
  }

  /** A picked-up call went on like an answered one. */
  @Override
  public Set<String> followsNext() {
    return Outcomes.of(Outcomes.when(!pickupGroups.isEmpty(), PICKED_UP));
  }

  @Override
  public Set<String> results() {
    return Set.of("answeredBy", "dialStatus", "ringSeconds", "talkSeconds", "ended", "pickedUpBy");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
