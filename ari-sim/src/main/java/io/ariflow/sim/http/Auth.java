package io.ariflow.sim.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** ARI authentication: HTTP Basic or {@code api_key=user:password}; otherwise 401 with a JSON body. */
final class Auth implements Handler<RoutingContext> {

  private final String expected;

  Auth(String user, String password) {
    this.expected = user + ":" + password;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (expected.equals(ctx.request().getParam("api_key")) || expected.equals(basic(ctx))) {
      ctx.next();
      return;
    }
    ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"Asterisk REST Interface\"");
    Reply.message(ctx, 401, "Authentication required");
  }

  private static String basic(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
