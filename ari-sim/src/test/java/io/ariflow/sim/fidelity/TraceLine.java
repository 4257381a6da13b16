package io.ariflow.sim.fidelity;

import io.vertx.core.json.JsonObject;
import java.util.Map;

/** One line of a recorded trace (see traces/README.md): what the harness sent, received, saw or did. */
sealed interface TraceLine {

  int seq();

  /** Seconds since the scenario started, on the harness's monotonic clock. */
  double t();

  /** A REST call; {@code auth} is null for the valid user, else "bad-credentials" or "none". */
  record Request(int seq, double t, String method, String path, Map<String, String> query, Object body,
      String why, String auth) implements TraceLine {}

  /** The answer to the preceding request; {@code status} null means no HTTP answer ({@code error} says why). */
  record Response(int seq, double t, Integer status, Object body, String error) implements TraceLine {}

  /** One WebSocket message as received on recorded socket {@code socket}. */
  record Event(int seq, double t, int socket, JsonObject event) implements TraceLine {
    String type() {
      return event.getString("type");
    }
  }

  /** WebSocket lifecycle: open, open-failed, close, closed-by-server. */
  record Ws(int seq, double t, String what, int socket, JsonObject detail) implements TraceLine {}

  /** Something done or observed outside ARI (sipp, the harness, asterisk -rx). */
  record Note(int seq, double t, String text) implements TraceLine {}
}
