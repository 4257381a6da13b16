package io.ariflow.app.flows;

import io.ariflow.flows.port.RecordRequest;
import io.ariflow.model.request.channels.ChannelsRecord;
import java.time.Duration;

/** The ARI request of a channel recording; ARI counts its limits in whole seconds. */
final class Recordings {

  private Recordings() {
  }

  static ChannelsRecord start(String channelId, RecordRequest request) {
    return ChannelsRecord.of(channelId, request.name(), request.format())
        .withMaxDurationSeconds(seconds(request.maxDuration()))
        .withMaxSilenceSeconds(seconds(request.maxSilence()))
        .withBeep(request.beep())
        .withTerminateOn(request.terminateOn())
        .withIfExists(request.ifExists());
  }

  /** Whole seconds, at least one; null for "no limit". */
  private static Integer seconds(Duration limit) {
    return limit == null ? null : (int) Math.max(1, limit.toSeconds());
  }
}
