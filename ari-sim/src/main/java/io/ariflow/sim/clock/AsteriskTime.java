package io.ariflow.sim.clock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats instants the way Asterisk writes ARI timestamps: {@code 2026-11-22T10:00:00.123+0000}. */
public final class AsteriskTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private AsteriskTime() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
