package io.ariflow.flows.conference.spec;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * How a room is recorded: the file name template, the format and whether recording starts with the room.
 * The template knows {@code {room}}, {@code {date}} (UTC, {@code yyyyMMdd-HHmmss}) and {@code {seq}} (1 for the
 * first recording of the room, then 2, ...), so a stop and restart never overwrites the earlier file.
 *
 * @param fileName the name template, e.g. {@code conf-{room}-{date}-{seq}}
 * @param format the file format, e.g. {@code wav}
 * @param autoStart whether recording starts when the room first becomes active
 */
public record RecordingPlan(String fileName, String format, boolean autoStart) {

  /** The placeholders the template may use. */
  public static final List<String> PLACEHOLDERS = List.of("{room}", "{date}", "{seq}");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** Rejects nulls. */
  public RecordingPlan {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
  }

  /** A plan with the default name {@code conf-{room}-{date}-{seq}} in wav, started on demand. */
  public static RecordingPlan onDemand() {
    return new RecordingPlan("conf-{room}-{date}-{seq}", "wav", false);
  }

  /** The name of recording number {@code seq} of {@code room}, started at {@code at}. */
  public String render(String room, Instant at, int seq) {
    return fileName.replace("{room}", room).replace("{date}", DATE.format(at)).replace("{seq}", Integer.toString(seq));
  }
}
