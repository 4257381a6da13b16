package io.ariflow.flows.load.queue;

import io.ariflow.flows.load.decl.Choices;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.queue.definition.AnnouncementPolicy;
import io.ariflow.flows.queue.definition.HoldTimeAnnouncement;
import io.ariflow.flows.queue.definition.PositionAnnouncement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code announce:}, what waiting callers are told: app_queue's {@code announce-frequency},
 * {@code min-announce-frequency}, {@code announce-position(-limit)}, {@code announce-holdtime},
 * {@code announce-round-seconds}, {@code periodic-announce(-frequency)}, {@code random-periodic-announce} and
 * {@code announce-to-first-user}, in camelCase.
 */
final class AnnouncementReader {

  static final List<String> FIELDS = List.of("frequency", "minFrequency", "position", "positionLimit", "holdTime",
      "roundSeconds", "periodic", "periodicFrequency", "randomPeriodic", "whileRinging");
  private static final String AT = "announcements.";

  private AnnouncementReader() {
  }

  static AnnouncementPolicy read(QueueSection s) {
    s.onlyKnown(FIELDS, "announce");
    AnnouncementPolicy defaults = AnnouncementPolicy.defaults();
    Duration frequency = s.read("frequency", AT + "frequency", ScalarKinds.duration(), defaults.frequency());
    Duration min = s.read("minFrequency", AT + "minFrequency", ScalarKinds.duration(), defaults.minFrequency());
    PositionAnnouncement position = s.read("position", AT + "position",
        ScalarKinds.choice(Choices.of(PositionAnnouncement.class, AnnouncementReader::word)), defaults.position());
    int limit = s.read("positionLimit", AT + "positionLimit", ScalarKinds.integer(0), defaults.positionLimit());
    HoldTimeAnnouncement hold = s.read("holdTime", AT + "holdTime",
        ScalarKinds.choice(Choices.of(HoldTimeAnnouncement.class, AnnouncementReader::word)), defaults.holdTime());
    int rounding = s.read("roundSeconds", AT + "roundSeconds", ScalarKinds.integer(0), defaults.roundSeconds());
    List<String> periodic = s.read("periodic", AT + "periodicPrompts", QueueKinds.fixedMedia(), List.of());
    Duration every = s.read("periodicFrequency", AT + "periodicFrequency", ScalarKinds.duration(),
        defaults.periodicFrequency());
    boolean random = s.read("randomPeriodic", AT + "randomPeriodic", ScalarKinds.bool(), false);
    boolean whileRinging = s.read("whileRinging", AT + "whileRinging", ScalarKinds.bool(), false);
    return defaults.withFrequency(frequency, min).withPosition(position, limit, hold, rounding)
        .withPeriodic(periodic, every, random).withWhileRinging(whileRinging);
  }

  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
