package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Durations;
import io.ariflow.flows.port.HttpCall;
import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.HttpReply;
import io.ariflow.flows.port.Timers;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code http} step's port in a test: the first stub matching the method and URL answers, on the
 * virtual clock, so a slow CRM costs no real time; no network is used. A request no stub matches fails (as
 * a refused connection would) and is remembered, so the case fails with the request named.
 */
final class StubHttpPort implements HttpPort {

  private final List<HttpStub> stubs;
  private final Timers timers;
  private final List<String> requests = new ArrayList<>();
  private final List<String> unmatched = new ArrayList<>();

  StubHttpPort(List<HttpStub> stubs, Timers timers) {
    this.stubs = List.copyOf(stubs);
    this.timers = timers;
  }

  @Override
  public Future<HttpReply> send(HttpCall call) {
    String request = call.method() + " " + call.url();
    requests.add(request);
    Optional<HttpStub> stub = stubs.stream().filter(s -> s.matches(call.method(), call.url())).findFirst();
    if (stub.isEmpty()) {
      unmatched.add(request);
      return Future.failedFuture(new IllegalStateException("no HTTP stub answers " + request));
    }
    return answer(stub.get(), call);
  }

  /** Every request the flows sent, as {@code METHOD URL}, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /** The requests no stub matched. */
  List<String> unmatched() {
    return List.copyOf(unmatched);
  }

  private Future<HttpReply> answer(HttpStub stub, HttpCall call) {
    if (stub.fail().filter("refused"::equals).isPresent()) {
      return Future.failedFuture(new IllegalStateException("connection refused (stub " + stub + ")"));
    }
    if (stub.fail().isPresent() || stub.delay().compareTo(call.timeout()) >= 0) {
      return later(call.timeout(), () -> Future.failedFuture(new IllegalStateException("no answer within "
          + Durations.format(call.timeout()) + " (stub " + stub + ")")));
    }
    HttpReply reply = new HttpReply(stub.status(), stub.headers(), stub.body());
    return stub.delay().isZero() ? Future.succeededFuture(reply) : later(stub.delay(),
        () -> Future.succeededFuture(reply));
  }

  private Future<HttpReply> later(Duration delay, Supplier<Future<HttpReply>> outcome) {
    Promise<HttpReply> done = Promise.promise();
    timers.schedule(delay, () -> outcome.get().onComplete(done));
    return done.future();
  }
}
