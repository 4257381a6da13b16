package io.ariflow.flows.port;

import java.time.Duration;
import java.util.Objects;

/**
 * The parameters of a channel recording, as ARI takes them.
 *
 * @param name the recording name (RecordingStarted/Finished carry it)
 * @param format the file format, e.g. {@code wav}
 * @param maxDuration the longest recording; null for no limit
 * @param maxSilence the silence that ends it; null for no limit
 * @param beep whether to beep before recording starts
 * @param terminateOn the DTMF that ends it: {@code none}, {@code any}, {@code *} or {@code #}
 * @param ifExists {@code fail}, {@code overwrite} or {@code append}
 */
public record RecordRequest(
    String name, String format, Duration maxDuration, Duration maxSilence, boolean beep, String terminateOn,
    String ifExists) {

  /** Rejects a request without a name or format, which ARI would refuse anyway. */
  public RecordRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
  }
}
