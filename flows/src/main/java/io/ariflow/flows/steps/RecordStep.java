package io.ariflow.flows.steps;

import io.ariflow.flows.port.RecordRequest;
import io.ariflow.flows.spec.RecordSpec;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.RecordingFailed;
import io.ariflow.model.event.RecordingFinished;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code record}: records the caller until Asterisk ends it (max duration, silence, terminator key). Shorter
 * than {@code minDuration} is {@code tooShort}. {@code steps.X.name} is published at once, so a hangup route
 * can still use the recording Asterisk keeps; a cancelled recording is stopped (stored, not discarded).
 */
public final class RecordStep implements StepType<RecordSpec> {

  @Override
  public Class<RecordSpec> specType() {
    return RecordSpec.class;
  }

  @Override
  public Future<StepResult> execute(RecordSpec spec, StepContext ctx) {
    String name = ctx.render(spec.name());
    ctx.putResult("name", name);
    RecordRequest request = new RecordRequest(name, spec.format(), spec.maxDuration().orElse(null),
        spec.maxSilence().orElse(null), spec.beep(), spec.terminateOn().ari(), spec.ifExists().ari());
    Promise<Recorded> ended = Promise.promise();
    return CallerMedia.answer(ctx)
        .compose(ready -> record(ctx, request))
        .andThen(ended)
        .map(end -> result(spec, name, end))
        .eventually(() -> ended.future().succeeded()
            ? Future.succeededFuture()
            : ctx.calls().stopRecording(name).otherwiseEmpty());
  }

  private static Future<Recorded> record(StepContext ctx, RecordRequest request) {
    Instant started = ctx.timers().now();
    Future<AriEvent> end = ctx.next(AriEvent.class, event -> endsRecording(event, request.name()));
    return ctx.calls().record(ctx.channelId(), request)
        .compose(sent -> end)
        .compose(event -> recorded(event, started, ctx.timers().now()));
  }

  private static boolean endsRecording(AriEvent event, String name) {
    if (event instanceof RecordingFinished done) {
      return done.recording() != null && name.equals(done.recording().name());
    }
    return event instanceof RecordingFailed failed && failed.recording() != null
        && name.equals(failed.recording().name());
  }

  private static Future<Recorded> recorded(AriEvent event, Instant started, Instant now) {
    if (event instanceof RecordingFailed failed) {
      return Future.failedFuture(new IllegalStateException(
          "recording " + failed.recording().name() + " failed: " + failed.recording().cause()));
    }
    Integer seconds = ((RecordingFinished) event).recording().duration();
    long duration = seconds != null ? seconds : Duration.between(started, now).toSeconds();
    return Future.succeededFuture(new Recorded(duration));
  }

  private static StepResult result(RecordSpec spec, String name, Recorded end) {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("name", name);
    results.put("duration", end.seconds());
    boolean tooShort = spec.minDuration().filter(min -> end.seconds() < min.toSeconds()).isPresent();
    String outcome = tooShort ? RecordSpec.TOO_SHORT : RecordSpec.RECORDED;
    return StepResult.of(outcome, results).noted("recorded " + end.seconds() + " s");
  }

  /** The length of a finished recording. */
  private record Recorded(long seconds) {
  }
}
