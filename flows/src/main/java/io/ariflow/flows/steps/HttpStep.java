package io.ariflow.flows.steps;

import io.ariflow.flows.port.HttpCall;
import io.ariflow.flows.port.HttpReply;
import io.ariflow.flows.spec.HttpBody;
import io.ariflow.flows.spec.HttpSpec;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code http}: calls a service with a templated URL, headers and body, with retries and backoff on the run's
 * timers, playing {@code filler} in a loop while waiting (stopped when the answer arrives). The status picks
 * the outcome ({@code on: {"404": x}} or {@code "4xx"} first, then success/failure); a JSON body goes into
 * {@code into} and {@code steps.X.body}. No answer after every retry is {@code failure} with status 0.
 */
public final class HttpStep implements StepType<HttpSpec> {

  @Override
  public Class<HttpSpec> specType() {
    return HttpSpec.class;
  }

  @Override
  public Future<StepResult> execute(HttpSpec spec, StepContext ctx) {
    HttpCall call = request(spec, ctx);
    Instant sent = ctx.timers().now();
    FillerLoop filler = FillerLoop.start(ctx, MediaUris.render(ctx, spec.filler()));
    return new HttpAttempts(ctx, call, spec.retries(), spec.backoff()).send()
        .transform(done -> {
          Future<Void> stopped = filler.stop();
          return stopped.map(ignored -> done.succeeded()
              ? answered(spec, ctx, done.result())
              : unanswered(done.cause()));
        })
        .map(result -> timed(result, label(spec, call), Duration.between(sent, ctx.timers().now()).toMillis()))
        .eventually(filler::stop);
  }

  /** The author's description of the step ("CRM lookup"), else the method and host ("http GET crm.local"). */
  private static String label(HttpSpec spec, HttpCall call) {
    String description = spec.common().description();
    return description.isEmpty() ? "http " + call.method() + " " + host(call.url()) : description;
  }

  /** {@code CRM lookup 200 in 340 ms}, {@code http GET crm.local: no answer after 5000 ms}. */
  private static StepResult timed(StepResult result, String label, long millis) {
    Object status = result.results().get("status");
    String how = Integer.valueOf(0).equals(status) ? ": no answer after " : " " + status + " in ";
    return result.noted(label + how + millis + " ms");
  }

  private static HttpCall request(HttpSpec spec, StepContext ctx) {
    Map<String, String> headers = new LinkedHashMap<>();
    spec.headers().forEach((name, value) -> headers.put(name, ctx.render(value)));
    String body = spec.body().map(b -> body(ctx, b, headers)).orElse(null);
    return new HttpCall(spec.method().name(), ctx.render(spec.url()), headers, body, spec.requestTimeout());
  }

  private static String body(StepContext ctx, HttpBody body, Map<String, String> headers) {
    if (body instanceof HttpBody.Text text) {
      return ctx.render(text.template());
    }
    headers.putIfAbsent("Content-Type", "application/json");
    return JsonBodies.render(ctx, ((HttpBody.Json) body).value());
  }

  private static StepResult answered(HttpSpec spec, StepContext ctx, HttpReply reply) {
    Optional<Object> json = JsonBodies.parse(reply.body());
    Object body = json.orElse(reply.body());
    spec.into().ifPresent(name -> ctx.setVariable(name, body));
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("status", reply.status());
    results.put("body", body);
    results.put("headers", reply.headers());
    return StepResult.of(spec.outcomeFor(reply.status()), results);
  }

  private static StepResult unanswered(Throwable failure) {
    if (failure instanceof StepCancelledException cancelled) {
      throw cancelled;
    }
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("status", 0);
    results.put("error", String.valueOf(failure.getMessage()));
    return StepResult.of(HttpSpec.FAILURE, results);
  }

  private static String host(String url) {
    int start = url.indexOf("://");
    int from = start < 0 ? 0 : start + 3;
    int end = url.indexOf('/', from);
    return end < 0 ? url.substring(from) : url.substring(from, end);
  }
}
