package io.ariflow.app.ari.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CircuitBreakerTest {

  private static final int WINDOW = 4;
  private static final Duration OPEN = Duration.ofSeconds(30);

  @RegisterExtension
  static WireMockExtension asterisk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ClientFixture fixture;
  private HttpAriRestClient client;

  @BeforeEach
  void start() {
    fixture = new ClientFixture();
    client = fixture.client(ClientFixture.options(asterisk.getPort())
        .withBreaker(new BreakerOptions(WINDOW, 50f, OPEN)));
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void opensAfterTheConfiguredFailuresAndThenFailsFastWithoutSending() throws Exception {
    failWith(500);
    for (int i = 0; i < WINDOW; i++) {
      Await.failure(client.send(answer()), ServerError.class);
    }

    Transport refused = Await.failure(client.send(answer()), Transport.class);

    assertEquals(TransportKind.BREAKER_OPEN, refused.kind());
    assertTrue(client.breakerOpen());
    asterisk.verify(WINDOW, postRequestedFor(urlEqualTo("/ari/channels/c-1/answer")));
  }

  @Test
  void ignoresStormsOfCallStateAnswers() throws Exception {
    for (int status : new int[] {404, 409, 412, 422}) {
      failWith(status);
      for (int i = 0; i < 3 * WINDOW; i++) {
        Await.failure(client.send(answer()), AriFailure.class);
      }
    }
    asterisk.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204)));

    Await.result(client.send(answer()));

    assertFalse(client.breakerOpen());
    asterisk.verify(12 * WINDOW + 1, anyRequestedFor(anyUrl()));
  }

  @Test
  void transportFailuresCountLikeServerErrors() throws Exception {
    asterisk.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204).withFixedDelay(2_000)));
    HttpAriRestClient impatient = fixture.client(ClientFixture.options(asterisk.getPort())
        .withRequestTimeout(Duration.ofMillis(100))
        .withBreaker(new BreakerOptions(2, 50f, OPEN)));

    Await.failure(impatient.send(answer()), Transport.class);
    Await.failure(impatient.send(answer()), Transport.class);

    assertEquals(TransportKind.BREAKER_OPEN,
        Await.failure(impatient.send(answer()), Transport.class).kind());
  }

  @Test
  void closesAgainOnceTheOpenDurationHasPassedAndProbesSucceed() throws Exception {
    failWith(503);
    for (int i = 0; i < WINDOW; i++) {
      Await.failure(client.send(answer()), ServerError.class);
    }
    assertTrue(client.breakerOpen());
    asterisk.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204)));

    fixture.clock.advance(OPEN.plusMillis(1));
    for (int probe = 0; probe < 3; probe++) {
      Await.result(client.send(answer()));
    }

    assertFalse(client.breakerOpen());
    Await.result(client.send(answer()));
    asterisk.verify(WINDOW + 4, postRequestedFor(urlEqualTo("/ari/channels/c-1/answer")));
  }

  private static TestRequest<Void> answer() {
    return TestRequest.post("/channels/c-1/answer");
  }

  private static void failWith(int status) {
    asterisk.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(status)
        .withBody("{\"message\":\"status " + status + "\"}")));
  }
}
