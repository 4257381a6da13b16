package io.ariflow.flows.queue.definition;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a waiting caller is told and how often, with app_queue's options: position and estimated wait
 * ({@code announce-frequency}, {@code min-announce-frequency}, {@code announce-position},
 * {@code announce-position-limit}, {@code announce-holdtime}, {@code announce-round-seconds}) and periodic
 * prompts ({@code periodic-announce}, {@code periodic-announce-frequency}, {@code random-periodic-announce}).
 *
 * @param frequency how often the position is repeated when it has not changed; zero disables position
 *     announcements
 * @param minFrequency the least time between two position announcements, even when the position changed
 * @param position whether and how the position is said
 * @param positionLimit the limit for {@link PositionAnnouncement#LIMIT} and {@link PositionAnnouncement#MORE}
 * @param holdTime whether the estimated wait is said
 * @param roundSeconds seconds of the estimate are rounded down to a multiple of this (0, 5, 10, 15, 20 or
 *     30); zero says whole minutes only
 * @param periodicPrompts prompts played in turn every {@code periodicFrequency}
 * @param periodicFrequency how often a periodic prompt plays; zero disables them
 * @param randomPeriodic pick the periodic prompt at random instead of in turn
 * @param whileRinging keep announcing to a caller whose agents are ringing (app_queue's
 *     {@code announce-to-first-user})
 */
public record AnnouncementPolicy(
    Duration frequency, Duration minFrequency, PositionAnnouncement position, int positionLimit,
    HoldTimeAnnouncement holdTime, int roundSeconds, List<String> periodicPrompts, Duration periodicFrequency,
    boolean randomPeriodic, boolean whileRinging) {

  /** Copies the prompt list and rejects nulls. */
  public AnnouncementPolicy {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(minFrequency, "minFrequency");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(holdTime, "holdTime");
    periodicPrompts = List.copyOf(periodicPrompts);
    Objects.requireNonNull(periodicFrequency, "periodicFrequency");
  }

  /** app_queue's defaults: no position or periodic announcements until a frequency is set. */
  public static AnnouncementPolicy defaults() {
    return new AnnouncementPolicy(Duration.ZERO, Duration.ofSeconds(15), PositionAnnouncement.YES, 5,
        HoldTimeAnnouncement.YES, 0, List.of(), Duration.ZERO, false, false);
  }

  /** Whether position announcements are enabled at all. */
  public boolean announcesPosition() {
    return !frequency.isZero();
  }

  /** Whether periodic prompts are enabled at all. */
  public boolean announcesPeriodically() {
    return !periodicFrequency.isZero() && !periodicPrompts.isEmpty();
  }

  /** A copy announcing the position every {@code every}, at least {@code min} apart. */
  public AnnouncementPolicy withFrequency(Duration every, Duration min) {
    return new AnnouncementPolicy(every, min, position, positionLimit, holdTime, roundSeconds, periodicPrompts,
        periodicFrequency, randomPeriodic, whileRinging);
  }

  /** A copy with these position, limit, hold-time and rounding options. */
  public AnnouncementPolicy withPosition(
      PositionAnnouncement mode, int limit, HoldTimeAnnouncement hold, int rounding) {
    return new AnnouncementPolicy(frequency, minFrequency, mode, limit, hold, rounding, periodicPrompts,
        periodicFrequency, randomPeriodic, whileRinging);
  }

  /** A copy playing {@code prompts} every {@code every} (at random when {@code random}). */
  public AnnouncementPolicy withPeriodic(List<String> prompts, Duration every, boolean random) {
    return new AnnouncementPolicy(frequency, minFrequency, position, positionLimit, holdTime, roundSeconds,
        prompts, every, random, whileRinging);
  }

  /** A copy that keeps announcing while the caller's agents ring. */
  public AnnouncementPolicy withWhileRinging(boolean enabled) {
    return new AnnouncementPolicy(frequency, minFrequency, position, positionLimit, holdTime, roundSeconds,
        periodicPrompts, periodicFrequency, randomPeriodic, enabled);
  }
}
