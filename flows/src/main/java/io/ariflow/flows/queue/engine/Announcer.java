package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.definition.AnnouncementPolicy;
import io.ariflow.flows.queue.definition.HoldTimeAnnouncement;
import io.ariflow.flows.queue.definition.PositionAnnouncement;
import io.ariflow.flows.queue.engine.QueueCommand.Announce;
import io.ariflow.flows.queue.engine.QueueCommand.PlayPeriodic;
import io.ariflow.flows.queue.engine.QueueCommand.PositionSaid;
import io.ariflow.flows.queue.engine.QueueCommand.WaitEstimate;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Decides position, wait and periodic announcements the way app_queue's {@code say_position} and
 * {@code say_periodic_announcement} do, in whole seconds: the first position announcement comes as soon as
 * a caller waits; later ones when the position changed (at least {@code minFrequency} apart) or every
 * {@code frequency}; "you are next" replaces the number at position 1 and skips the wait. The estimate is
 * {@code holdtime + 30 - waited}, rounded down to minutes (that +30 rounds to the nearest minute), its
 * seconds rounded down to {@code roundSeconds}.
 */
final class Announcer {

  private final AnnouncementPolicy policy;

  Announcer(AnnouncementPolicy policy) {
    this.policy = policy;
  }

  boolean positionDue(QueueEntry entry, int position, Instant now) {
    return policy.announcesPosition() && !positionDueAt(entry, position, now).isAfter(now);
  }

  /** When the next position announcement is due (now, when none was made yet). */
  Instant positionDueAt(QueueEntry entry, int position, Instant now) {
    if (entry.lastPositionAt().isEmpty()) {
      return now;
    }
    long last = entry.lastPositionAt().get().getEpochSecond();
    long min = policy.minFrequency().toSeconds();
    long every = entry.lastPositionSaid() == position ? Math.max(min, policy.frequency().toSeconds()) : min;
    return Instant.ofEpochSecond(last + every);
  }

  /** The announcement for {@code entry} at {@code position}; empty when it would say nothing at all. */
  Optional<Announce> announce(QueueEntry entry, int position, long holdTimeSeconds, Instant now) {
    PositionAnnouncement mode = policy.position();
    boolean sayPosition = mode == PositionAnnouncement.YES || mode == PositionAnnouncement.MORE
        || mode == PositionAnnouncement.LIMIT && position <= policy.positionLimit();
    PositionSaid said = PositionSaid.NONE;
    int number = 0;
    if (sayPosition && position == 1) {
      said = PositionSaid.YOU_ARE_NEXT;
    } else if (sayPosition && mode == PositionAnnouncement.MORE && position > policy.positionLimit()) {
      said = PositionSaid.MORE_THAN;
      number = policy.positionLimit();
    } else if (sayPosition) {
      said = PositionSaid.POSITION;
      number = position;
    }
    Optional<WaitEstimate> estimate = said == PositionSaid.YOU_ARE_NEXT ? Optional.empty()
        : estimate(entry, holdTimeSeconds, now);
    boolean thanks = said != PositionSaid.NONE || estimate.isPresent();
    entry.positionAnnounced(now, position);
    if (!thanks) {
      return Optional.empty();
    }
    return Optional.of(new Announce(entry.callId(), position, said, number, estimate, true));
  }

  private Optional<WaitEstimate> estimate(QueueEntry entry, long holdTimeSeconds, Instant now) {
    HoldTimeAnnouncement mode = policy.holdTime();
    boolean allowed = mode == HoldTimeAnnouncement.YES
        || mode == HoldTimeAnnouncement.ONCE && entry.lastPositionAt().isEmpty();
    long waited = now.getEpochSecond() - entry.joinedAt().getEpochSecond();
    long remaining = holdTimeSeconds + 30 - waited;
    long minutes = Math.abs(remaining / 60);
    long seconds = 0;
    if (policy.roundSeconds() > 0) {
      seconds = (Math.abs(remaining) - 60 * minutes) / policy.roundSeconds() * policy.roundSeconds();
    }
    if (!allowed || minutes + seconds <= 0) {
      return Optional.empty();
    }
    return Optional.of(new WaitEstimate(minutes, seconds));
  }

  boolean periodicDue(QueueEntry entry, Instant now) {
    return policy.announcesPeriodically() && !periodicDueAt(entry).isAfter(now);
  }

  Instant periodicDueAt(QueueEntry entry) {
    return Instant.ofEpochSecond(entry.lastPeriodicAt().getEpochSecond() + policy.periodicFrequency().toSeconds());
  }

  /** The next periodic prompt, in turn or at random, and records it as played. */
  PlayPeriodic periodic(QueueEntry entry, Instant now, RandomGenerator random) {
    int count = policy.periodicPrompts().size();
    int index = policy.randomPeriodic() ? random.nextInt(count) : entry.periodicIndex() % count;
    entry.periodicPlayed(now, index + 1);
    return new PlayPeriodic(entry.callId(), policy.periodicPrompts().get(index));
  }

  boolean whileRinging() {
    return policy.whileRinging();
  }

  boolean announcesAnything() {
    return policy.announcesPosition() || policy.announcesPeriodically();
  }

  boolean announcesPosition() {
    return policy.announcesPosition();
  }

  boolean announcesPeriodically() {
    return policy.announcesPeriodically();
  }
}
