package io.ariflow.sim.fidelity;

/**
 * What an HTTP call produced: a status and parsed body (JsonObject, JsonArray, text or null), or no HTTP
 * answer at all ({@code status} null, {@code error} says why), as the trace records it.
 */
record HttpOutcome(Integer status, Object body, String contentType, String error) {

  static HttpOutcome noHttp(Throwable cause) {
    return new HttpOutcome(null, null, null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
  }
}
