package io.ariflow.app.ari.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriEventOptionsTest {
  private static final URI ASTERISK = URI.create("http://127.0.0.1:8088");

  @Test
  void credentialsTravelOnlyInTheBasicAuthorizationHeader() {
    AriEventOptions options = AriEventOptions.of(ASTERISK, "engine", "engine-secret", "engine");
    WebSocketConnectOptions connect = EventsEndpoint.connectOptions(options);

    assertEquals("/ari/events?app=engine", connect.getURI());
    assertEquals("Basic ZW5naW5lOmVuZ2luZS1zZWNyZXQ=", connect.getHeaders().get("Authorization"));
    assertEquals("127.0.0.1", connect.getHost());
    assertEquals(8088, connect.getPort());
    assertFalse(connect.isSsl());
    assertFalse(EventsEndpoint.describe(options).contains("secret"));
  }

  @Test
  void toStringMasksThePassword() {
    String text = AriEventOptions.of(ASTERISK, "engine", "engine-secret", "engine").toString();

    assertFalse(text.contains("engine-secret"), text);
    assertTrue(text.contains("password=***"), text);
  }

  @ParameterizedTest
  @CsvSource({
      "http://127.0.0.1:8088, false, ws://127.0.0.1:8088/ari/events?app=engine",
      "ws://127.0.0.1:8088/, false, ws://127.0.0.1:8088/ari/events?app=engine",
      "https://pbx.example.com, false, wss://pbx.example.com:443/ari/events?app=engine",
      "wss://pbx.example.com:8089/asterisk, false, wss://pbx.example.com:8089/asterisk/ari/events?app=engine",
      "http://pbx.example.com/asterisk/ari/, true, ws://pbx.example.com:80/asterisk/ari/events?app=engine&subscribeAll=true",
  })
  void theEventsUrlFollowsTheSchemeThePortAndAnyHttpPrefix(String base, boolean subscribeAll, String expected) {
    AriEventOptions options = new AriEventOptions(URI.create(base), "engine", "pw", "engine", subscribeAll,
        Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(5), ReconnectBackoff.defaults());

    assertEquals(expected, EventsEndpoint.describe(options));
  }

  @Test
  void theAppNameIsUrlEncoded() {
    AriEventOptions options = AriEventOptions.of(ASTERISK, "engine", "pw", "sales&support");

    assertEquals("/ari/events?app=sales%26support", EventsEndpoint.requestUri(options));
  }

  @Test
  void invalidOptionsNameTheBadField() {
    assertField("uri", () -> AriEventOptions.of(null, "u", "p", "a"));
    assertField("uri", () -> AriEventOptions.of(URI.create("ftp://pbx:21"), "u", "p", "a"));
    assertField("uri", () -> AriEventOptions.of(URI.create("http://pbx:8088?api_key=u:p"), "u", "p", "a"));
    assertField("uri", () -> AriEventOptions.of(URI.create("http:relative"), "u", "p", "a"));
    assertField("user", () -> AriEventOptions.of(ASTERISK, " ", "p", "a"));
    assertField("user", () -> AriEventOptions.of(ASTERISK, "a:b", "p", "a"));
    assertField("password", () -> AriEventOptions.of(ASTERISK, "u", "", "a"));
    assertField("password", () -> AriEventOptions.of(ASTERISK, "u", null, "a"));
    assertField("app", () -> AriEventOptions.of(ASTERISK, "u", "p", ""));
    assertField("app", () -> AriEventOptions.of(ASTERISK, "u", "p", "one,two"));
    assertField("pingInterval", () -> withTimes(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    assertField("pongTimeout", () -> withTimes(Duration.ofSeconds(1), null, Duration.ofSeconds(1)));
    assertField("handshakeTimeout", () -> withTimes(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO));
  }

  @Test
  void credentialsInTheUriAreRefusedWithoutBeingEchoed() {
    var error = assertThrows(IllegalArgumentException.class,
        () -> AriEventOptions.of(URI.create("http://engine:engine-secret@pbx:8088"), "u", "p", "a"));

    assertTrue(error.getMessage().startsWith("uri:"), error.getMessage());
    assertFalse(error.getMessage().contains("engine-secret"), error.getMessage());
  }

  private static AriEventOptions withTimes(Duration ping, Duration pong, Duration handshake) {
    return new AriEventOptions(ASTERISK, "u", "p", "a", false, ping, pong, handshake, ReconnectBackoff.defaults());
  }

  private static void assertField(String field, Runnable construction) {
    var error = assertThrows(IllegalArgumentException.class, construction::run);
    assertTrue(error.getMessage().startsWith(field + ":"), error.getMessage());
  }
}
