package io.ariflow.app.engine;

import io.ariflow.app.ari.rest.AriExchange;
import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.model.request.AriRequest;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A REST client that tests prime with answers per operation ({@code channels.answer} -> success) and
 * that records every request sent, in order. Unprimed operations succeed with no body.
 */
final class FakeAri implements AriRestClient {
  private final Map<String, Function<AriRequest<?>, Future<?>>> answers = new HashMap<>();
  private final List<AriRequest<?>> sent = new ArrayList<>();

  FakeAri answer(String operation, Function<AriRequest<?>, Future<?>> answer) {
    answers.put(operation, answer);
    return this;
  }

  FakeAri respond(String operation, Object body) {
    return answer(operation, r -> Future.succeededFuture(body));
  }

  FakeAri gone(String operation) {
    return answer(operation, FakeAri::goneFor);
  }

  static Future<?> goneFor(AriRequest<?> request) {
    AriExchange exchange = AriExchange.unanswered(request.operation(), request.method(), request.path())
        .answered(404, "{\"message\":\"Channel not found\"}");
    return Future.failedFuture(new Gone(exchange));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> Future<R> send(AriRequest<R> request) {
    sent.add(request);
    Function<AriRequest<?>, Future<?>> answer = answers.get(request.operation());
    return answer == null ? Future.succeededFuture() : (Future<R>) answer.apply(request);
  }

  /** The operation names sent, in order. */
  List<String> operations() {
    return sent.stream().map(AriRequest::operation).toList();
  }

  List<AriRequest<?>> sent() {
    return sent;
  }
}
