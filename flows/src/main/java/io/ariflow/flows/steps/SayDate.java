package io.ariflow.flows.steps;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an ISO date/time and a SayUnixTime-style format into the English sound files Asterisk would play:
 * {@code A}/{@code a} weekday, {@code B}/{@code b}/{@code h} month, {@code d}/{@code e} ordinal day,
 * {@code Y} year, {@code H}/{@code k} 24-hour, {@code I}/{@code l} 12-hour, {@code M} minutes,
 * {@code p}/{@code P} AM/PM. Other characters are skipped.
 */
final class SayDate {

  private SayDate() {
  }

  static List<String> media(String value, String format, ZoneId zone) {
    ZonedDateTime when = parse(value, zone);
    List<String> media = new ArrayList<>();
    for (char letter : format.toCharArray()) {
      media.addAll(part(letter, when));
    }
    return media;
  }

  private static List<String> part(char letter, ZonedDateTime when) {
    return switch (letter) {
      case 'A', 'a' -> List.of("sound:digits/day-" + (when.getDayOfWeek().getValue() % 7));
      case 'B', 'b', 'h' -> List.of("sound:digits/mon-" + (when.getMonthValue() - 1));
      case 'd', 'e' -> ordinal(when.getDayOfMonth());
      case 'Y' -> List.of("number:" + when.getYear());
      case 'H', 'k' -> List.of("number:" + when.getHour());
      case 'I', 'l' -> List.of("number:" + (when.getHour() % 12 == 0 ? 12 : when.getHour() % 12));
      case 'M' -> minutes(when.getMinute());
      case 'p', 'P' -> List.of(when.getHour() < 12 ? "sound:digits/a-m" : "sound:digits/p-m");
      default -> List.of();
    };
  }

  /** Day of month as Asterisk's English ordinals: h-1..h-20, h-30, else "twenty" + h-n. */
  private static List<String> ordinal(int day) {
    if (day <= 20 || day % 10 == 0) {
      return List.of("sound:digits/h-" + day);
    }
    return List.of("sound:digits/" + (day / 10 * 10), "sound:digits/h-" + (day % 10));
  }

  private static List<String> minutes(int minute) {
    if (minute == 0) {
      return List.of("sound:digits/oclock");
    }
    if (minute < 10) {
      return List.of("sound:digits/oh", "number:" + minute);
    }
    return List.of("number:" + minute);
  }

  private static ZonedDateTime parse(String value, ZoneId zone) {
    try {
      return OffsetDateTime.parse(value).atZoneSameInstant(zone);
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(value).atZone(zone);
      } catch (DateTimeParseException notLocal) {
        return LocalDate.parse(value).atStartOfDay(zone);
      }
    }
  }
}
