package io.ariflow.flows.steps;

import io.ariflow.flows.port.RecordRequest;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.RecordingFailed;
import io.ariflow.model.event.RecordingFinished;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Records the caller's name for a room that announces names: the room's prompt, a beep, up to {@code limit} of
 * speech ended early by {@code #}. A failed recording gives no name (the room then announces with a tone), never
 * a failed step; a cancelled one is stopped.
 */
final class NameRecording {

  private NameRecording() {
  }

  static Future<Optional<String>> record(StepContext ctx, String prompt, Duration limit) {
    String name = "conf-name-" + ctx.ids().next("name");
    RecordRequest request = new RecordRequest(name, "wav", limit, null, true, "#", "overwrite");
    return Prompts.playAndAwait(ctx, List.of(prompt), null, false)
        .compose(played -> recordAndAwait(ctx, name, request))
        .recover(failure -> failure instanceof StepCancelledException
            ? Future.failedFuture(failure) : Future.succeededFuture(Optional.empty()));
  }

  private static Future<Optional<String>> recordAndAwait(StepContext ctx, String name, RecordRequest request) {
    Future<AriEvent> end = ctx.next(AriEvent.class, event -> ends(event, name));
    return ctx.calls().record(ctx.channelId(), request)
        .compose(sent -> end)
        .map(event -> event instanceof RecordingFinished ? Optional.of("recording:" + name) : Optional.<String>empty())
        .onFailure(failure -> ctx.calls().stopRecording(name).otherwiseEmpty());
  }

  private static boolean ends(AriEvent event, String name) {
    if (event instanceof RecordingFinished done) {
      return done.recording() != null && name.equals(done.recording().name());
    }
    return event instanceof RecordingFailed failed && failed.recording() != null
        && name.equals(failed.recording().name());
  }
}
