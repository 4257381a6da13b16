package io.ariflow.flows.port.fakes;

import io.ariflow.flows.port.HttpCall;
import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.HttpReply;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An HTTP port primed with answers in order: a status and body, a transport failure, or an answer the test
 * completes later ({@link #hold()}). Unprimed requests get 200 with {@code {}}. Records every request.
 */
public final class FakeHttp implements HttpPort {

  private final List<HttpCall> requests = new ArrayList<>();
  private final Deque<Supplier<Future<HttpReply>>> answers = new ArrayDeque<>();

  @Override
  public Future<HttpReply> send(HttpCall request) {
    requests.add(request);
    Supplier<Future<HttpReply>> answer = answers.poll();
    return answer == null ? Future.succeededFuture(new HttpReply(200, Map.of(), "{}")) : answer.get();
  }

  /** The next request gets {@code status} and {@code body}. */
  public FakeHttp reply(int status, String body) {
    answers.add(() -> Future.succeededFuture(new HttpReply(status, Map.of("Content-Type", "application/json"),
        body)));
    return this;
  }

  /** The next request gets no answer: {@code failure}. */
  public FakeHttp fail(Throwable failure) {
    answers.add(() -> Future.failedFuture(failure));
    return this;
  }

  /** The next request waits until the test completes the returned promise (or forever). */
  public Promise<HttpReply> hold() {
    Promise<HttpReply> promise = Promise.promise();
    answers.add(promise::future);
    return promise;
  }

  /** Every request sent, in order. */
  public List<HttpCall> requests() {
    return List.copyOf(requests);
  }
}
