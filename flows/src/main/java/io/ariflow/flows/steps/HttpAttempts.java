package io.ariflow.flows.steps;

import io.ariflow.flows.port.HttpCall;
import io.ariflow.flows.port.HttpReply;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request with retries: a transport failure, a timed-out attempt or a 5xx is retried up to
 * {@code retries} times, waiting {@code backoff}, then twice as long each time (capped at 30 s), on the run's
 * timers. Each attempt is bounded by the request timeout here too, so a port without its own timeout cannot
 * hang the step. The app's per-host breaker makes attempts fail fast while a host is down.
 */
final class HttpAttempts {

  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final StepContext ctx;
  private final HttpCall call;
  private final int retries;
  private final Duration backoff;

  HttpAttempts(StepContext ctx, HttpCall call, int retries, Duration backoff) {
    this.ctx = ctx;
    this.call = call;
    this.retries = retries;
    this.backoff = backoff;
  }

  /** The final answer, or the last failure when every attempt failed without one. */
  Future<HttpReply> send() {
    return attempt(0, backoff);
  }

  private Future<HttpReply> attempt(int number, Duration wait) {
    return once().transform(done -> {
      boolean retryable = done.failed() || done.result().status() >= 500;
      if (!retryable || number >= retries || ctx.isCancelled()) {
        return done.succeeded() ? Future.succeededFuture(done.result()) : Future.failedFuture(done.cause());
      }
      Duration next = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
      return ctx.sleep(wait).compose(slept -> attempt(number + 1, next));
    });
  }

  private Future<HttpReply> once() {
    Promise<HttpReply> answer = Promise.promise();
    var timer = ctx.schedule(call.timeout(), () -> answer.tryFail(
        new TimeoutException("no answer from " + call.url() + " within " + call.timeout())));
    ctx.cancelled().onSuccess(reason -> answer.tryFail(new StepCancelledException(reason)));
    ctx.http().send(call).onComplete(done -> {
      timer.cancel();
      if (done.succeeded()) {
        answer.tryComplete(done.result());
      } else {
        answer.tryFail(done.cause());
      }
    });
    return answer.future();
  }
}
