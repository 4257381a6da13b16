package io.ariflow.app.ari.ws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.UpgradeRejectedException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ConnectFailureTest {
  private static final AriEventOptions OPTIONS =
      AriEventOptions.of(URI.create("http://127.0.0.1:8088"), "engine", "engine-secret", "engine");

  @Test
  void wrongCredentialsAskTheOperatorToFixThemWithoutRevealingThePassword() {
    ConnectFailure failure = ConnectFailure.of(rejected(401), OPTIONS);

    assertTrue(failure.needsOperator());
    assertTrue(failure.reason().contains("HTTP 401") && failure.reason().contains("password"), failure.reason());
    assertFalse(failure.reason().contains("engine-secret"), failure.reason());
  }

  @Test
  void anAsteriskStillBootingIsWorthRetryingWithoutTheOperator() {
    ConnectFailure notFound = ConnectFailure.of(rejected(404), OPTIONS);
    ConnectFailure notBooted = ConnectFailure.of(rejected(503), OPTIONS);

    assertFalse(notFound.needsOperator());
    assertFalse(notBooted.needsOperator());
    assertTrue(notBooted.reason().contains("not fully booted"), notBooted.reason());
  }

  @Test
  void aRefusedTcpConnectionNamesTheTarget() {
    ConnectFailure failure = ConnectFailure.of(new ConnectException("Connection refused"), OPTIONS);

    assertTrue(failure.reason().contains("127.0.0.1:8088") && failure.reason().contains("refused"), failure.reason());
  }

  @Test
  void aHandshakeTimeoutSaysHowLongItWaited() {
    ConnectFailure failure = ConnectFailure.of(new TimeoutException("timeout"), OPTIONS);

    assertTrue(failure.reason().contains("within 5000 ms"), failure.reason());
  }

  @Test
  void aDropWithoutCloseFrameIsToldApartFromAnOrderlyClose() {
    assertTrue(ConnectFailure.closed(null, null).reason().contains("without a close frame"));
    assertTrue(ConnectFailure.closed((short) 1006, "").reason().contains("without a close frame"));
    assertTrue(ConnectFailure.closed((short) 1000, "").reason().contains("code 1000"));
    assertTrue(ConnectFailure.noPong(Duration.ofSeconds(5)).reason().contains("no pong within 5000 ms"));
  }

  private static UpgradeRejectedException rejected(int status) {
    return new UpgradeRejectedException("rejected", status, MultiMap.caseInsensitiveMultiMap(), Buffer.buffer());
  }
}
