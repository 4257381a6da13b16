package io.ariflow.app.ari.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.request.HttpMethod;
import java.util.Map;

/** A hand-written ARI request for tests, so they do not wait for the generated request records. */
record TestRequest<R>(
    HttpMethod method,
    String path,
    Map<String, String> query,
    Object body,
    TypeReference<R> responseType,
    boolean idempotent,
    String operation) implements AriRequest<R> {

  static final TypeReference<Void> NOTHING = new TypeReference<>() {};
  static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

  /** A read: idempotent, decoded as a JSON object. */
  static TestRequest<Map<String, Object>> get(String path) {
    return new TestRequest<>(HttpMethod.GET, path, Map.of(), null, JSON_OBJECT, true, "test.get");
  }

  /** A command answering 204, not idempotent (like {@code channels.answer}). */
  static TestRequest<Void> post(String path) {
    return new TestRequest<>(HttpMethod.POST, path, Map.of(), null, NOTHING, false, "test.post");
  }

  TestRequest<R> idempotent(boolean safeToRepeat) {
    return new TestRequest<>(method, path, query, body, responseType, safeToRepeat, operation);
  }

  TestRequest<R> withQuery(Map<String, String> parameters) {
    return new TestRequest<>(method, path, parameters, body, responseType, idempotent, operation);
  }

  TestRequest<R> withBody(Object json) {
    return new TestRequest<>(method, path, query, json, responseType, idempotent, operation);
  }

  <T> TestRequest<T> decodedAs(TypeReference<T> type) {
    return new TestRequest<>(method, path, query, body, type, idempotent, operation);
  }
}
