package io.ariflow.app.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ariflow.flows.port.HttpCall;
import io.ariflow.flows.port.HttpReply;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The http step's port: one exchange bounded by its timeout, any status an answer, a breaker per host. */
class WebHttpPortTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @RegisterExtension
  static WireMockExtension crm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final Vertx vertx = Vertx.vertx();
  private final SteppingClock clock = new SteppingClock();
  private final WebHttpPort port = WebHttpPort.create(vertx, clock);

  @AfterEach
  void close() {
    Wait.result(vertx.close());
  }

  private HttpCall call(String path) {
    return new HttpCall("POST", crm.baseUrl() + path, Map.of("X-Api-Key", "k1"), "{\"caller\":\"555\"}", TIMEOUT);
  }

  @Test
  void sendsTheRenderedRequestAndReturnsStatusHeadersAndBody() {
    crm.stubFor(post("/lookup").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"tier\":\"gold\"}")));

    HttpReply reply = Wait.result(port.send(call("/lookup")));

    assertEquals(200, reply.status());
    assertEquals("{\"tier\":\"gold\"}", reply.body());
    assertEquals("application/json", reply.headers().get("content-type"));
    crm.verify(postRequestedFor(urlEqualTo("/lookup")).withHeader("X-Api-Key", equalTo("k1"))
        .withRequestBody(equalToJson("{\"caller\":\"555\"}")));
  }

  @Test
  void anErrorStatusIsAnAnswerNotAFailure() {
    crm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));

    assertEquals(404, Wait.result(port.send(call("/missing"))).status());
  }

  @Test
  void noAnswerWithinTheTimeoutIsAFailure() {
    crm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
    HttpCall slow = new HttpCall("GET", crm.baseUrl() + "/slow", Map.of(), null, Duration.ofMillis(200));

    Throwable failure = Wait.failure(port.send(slow));

    assertTrue(failure.getMessage().toLowerCase().contains("timeout")
        || failure.getClass().getSimpleName().contains("Timeout"), failure.toString());
  }

  @Test
  void aRefusedConnectionIsAFailure() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    Wait.failure(port.send(new HttpCall("GET", "http://127.0.0.1:" + closedPort + "/", Map.of(), null, TIMEOUT)));
  }

  @Test
  void aHostThatKeepsFailingIsCutOffUntilTheBreakerProbesItAgain() {
    crm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < HostBreakers.WINDOW; i++) {
      assertEquals(503, Wait.result(port.send(call("/down"))).status());
    }

    assertInstanceOf(HostUnavailable.class, Wait.failure(port.send(call("/down"))));
    crm.verify(HostBreakers.WINDOW, anyRequestedFor(anyUrl()));
    assertEquals("OPEN", port.breakerState(crm.baseUrl()));

    crm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    clock.advance(HostBreakers.OPEN_FOR.plusSeconds(1));
    assertEquals(200, Wait.result(port.send(call("/up"))).status());
  }

  @Test
  void clientErrorsNeverOpenTheBreaker() {
    crm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(422)));

    for (int i = 0; i < HostBreakers.WINDOW * 2; i++) {
      assertEquals(422, Wait.result(port.send(call("/invalid"))).status());
    }

    assertEquals("CLOSED", port.breakerState(crm.baseUrl()));
  }

  @Test
  void aUrlThatIsNotAbsoluteFailsWithoutAnyRequest() {
    Wait.failure(port.send(new HttpCall("GET", "/relative", Map.of(), null, TIMEOUT)));

    crm.verify(0, anyRequestedFor(anyUrl()));
  }
}
