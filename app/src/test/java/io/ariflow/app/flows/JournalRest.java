package io.ariflow.app.flows;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.model.request.AriRequest;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A REST client that writes each request into a shared journal and answers as primed (success by default). */
final class JournalRest implements AriRestClient {
  private final List<String> journal;
  private final List<AriRequest<?>> sent = new ArrayList<>();
  private final Map<String, Function<AriRequest<?>, Future<?>>> answers = new HashMap<>();

  JournalRest(List<String> journal) {
    this.journal = journal;
  }

  JournalRest answer(String operation, Function<AriRequest<?>, Future<?>> answer) {
    answers.put(operation, answer);
    return this;
  }

  <R extends AriRequest<?>> R last(Class<R> type) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      if (type.isInstance(sent.get(i))) {
        return type.cast(sent.get(i));
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " sent; sent " + sent);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> Future<R> send(AriRequest<R> request) {
    journal.add("send " + request.operation());
    sent.add(request);
    Function<AriRequest<?>, Future<?>> answer = answers.get(request.operation());
    return answer == null ? Future.succeededFuture() : (Future<R>) answer.apply(request);
  }
}
