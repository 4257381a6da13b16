package io.ariflow.app.ari.rest;

/**
 * Maps a non-2xx ARI answer to its failure type. Asterisk's status codes are consistent (see
 * STATUS-CODES.md in the traces), with one trap: while Asterisk restarts, its HTTP server answers
 * 404 with an HTML page before ARI is registered, which says nothing about the channel.
 */
final class StatusFailures {

  private StatusFailures() {}

  static AriFailure of(AriExchange exchange) {
    int status = exchange.status();
    return switch (status) {
      case 400, 405 -> new BadRequest(exchange);
      case 401, 403 -> new Unauthorized(exchange);
      case 404 -> isHtmlPage(exchange.body()) ? ariNotRegistered(exchange) : new Gone(exchange);
      case 409 -> new NotInStasis(exchange);
      case 412 -> new NotAnswered(exchange);
      case 422 -> new Unprocessable(exchange);
      default -> otherStatus(exchange, status);
    };
  }

  private static AriFailure otherStatus(AriExchange exchange, int status) {
    if (status >= 500) {
      return new ServerError(exchange, "Asterisk failed to carry out the request; see its log");
    }
    if (status >= 400) {
      return new BadRequest(exchange);
    }
    return new ServerError(exchange, "unexpected HTTP status for ARI");
  }

  private static ServerError ariNotRegistered(AriExchange exchange) {
    return new ServerError(exchange, "Asterisk's HTTP server answers but ARI is not registered"
        + " (Asterisk still starting, or res_ari not loaded)");
  }

  private static boolean isHtmlPage(String body) {
    return body != null && body.stripLeading().startsWith("<");
  }
}
