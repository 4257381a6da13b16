package io.ariflow.app.ari.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.vertx.core.Future;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InFlightCapTest {

  @RegisterExtension
  static WireMockExtension asterisk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ClientFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ClientFixture();
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void rejectsBeyondTheQueueWithoutSendingAndServesTheAdmittedOnes() throws Exception {
    asterisk.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204).withFixedDelay(300)));
    HttpAriRestClient client = fixture.client(ClientFixture.options(asterisk.getPort())
        .withRequestTimeout(Duration.ofSeconds(5))
        .withLimits(4, 1, 1));

    Future<Void> inFlight = client.send(TestRequest.post("/channels/a/answer"));
    Future<Void> queued = client.send(TestRequest.post("/channels/b/answer"));
    Transport refused = Await.failure(
        client.send(TestRequest.post("/channels/c/answer")), Transport.class);

    assertEquals(TransportKind.IN_FLIGHT_CAP, refused.kind());
    assertFalse(client.breakerOpen());
    assertNull(Await.result(inFlight));
    assertNull(Await.result(queued));
    asterisk.verify(2, anyRequestedFor(anyUrl()));
  }

  @Test
  void saturationRefusalsAreNotRetriedEvenForIdempotentRequests() throws Exception {
    asterisk.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204).withFixedDelay(300)));
    HttpAriRestClient client = fixture.client(ClientFixture.options(asterisk.getPort())
        .withLimits(4, 1, 0));

    Future<Void> inFlight = client.send(TestRequest.post("/channels/a/answer"));
    Await.failure(client.send(TestRequest.post("/channels/b/answer").idempotent(true)),
        Transport.class);

    Await.result(inFlight);
    asterisk.verify(1, anyRequestedFor(anyUrl()));
  }
}
