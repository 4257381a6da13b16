package io.ariflow.app.ari.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {

  @RegisterExtension
  static WireMockExtension asterisk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ClientFixture fixture;
  private HttpAriRestClient client;

  @BeforeEach
  void start() {
    fixture = new ClientFixture();
    client = fixture.client(ClientFixture.options(asterisk.getPort()));
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void idempotentRequestsAreRetriedOn500UpToMaxAttempts() throws Exception {
    asterisk.stubFor(get("/ari/channels/c-1").willReturn(aResponse().withStatus(500)));

    Await.failure(client.send(TestRequest.get("/channels/c-1")), ServerError.class);

    asterisk.verify(3, getRequestedFor(urlEqualTo("/ari/channels/c-1")));
  }

  @Test
  void nonIdempotentRequestsAreSentOnceDespiteA500() throws Exception {
    asterisk.stubFor(post("/ari/channels/c-1/answer").willReturn(aResponse().withStatus(500)));

    Await.failure(client.send(TestRequest.post("/channels/c-1/answer")), ServerError.class);

    asterisk.verify(1, postRequestedFor(urlEqualTo("/ari/channels/c-1/answer")));
  }

  @Test
  void callStateAnswersAreNeverRetried() throws Exception {
    asterisk.stubFor(get("/ari/channels/c-1").willReturn(aResponse().withStatus(404)
        .withBody("{\"message\":\"Channel not found\"}")));

    Await.failure(client.send(TestRequest.get("/channels/c-1")), Gone.class);

    asterisk.verify(1, getRequestedFor(urlEqualTo("/ari/channels/c-1")));
  }

  @Test
  void aRetrySucceedsWhenAsteriskRecovers() throws Exception {
    asterisk.stubFor(get("/ari/asterisk/info").inScenario("boot")
        .whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withBody("{\"message\":\"Asterisk not booted\"}"))
        .willSetStateTo("booted"));
    asterisk.stubFor(get("/ari/asterisk/info").inScenario("boot")
        .whenScenarioStateIs("booted")
        .willReturn(aResponse().withStatus(200).withBody("{\"system\":{\"version\":\"22.10.1\"}}")));

    Map<String, Object> info = Await.result(client.send(TestRequest.get("/asterisk/info")));

    assertEquals(Map.of("version", "22.10.1"), info.get("system"));
    asterisk.verify(2, getRequestedFor(urlEqualTo("/ari/asterisk/info")));
  }

  @Test
  void connectionResetsAreRetriedForIdempotentRequestsOnly() throws Exception {
    asterisk.stubFor(get("/ari/bridges/b-1")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    asterisk.stubFor(post("/ari/bridges/b-1/addChannel")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    Await.failure(client.send(TestRequest.get("/bridges/b-1")), Transport.class);
    Await.failure(client.send(TestRequest.post("/bridges/b-1/addChannel")), Transport.class);

    asterisk.verify(3, getRequestedFor(urlEqualTo("/ari/bridges/b-1")));
    asterisk.verify(1, postRequestedFor(urlEqualTo("/ari/bridges/b-1/addChannel")));
  }
}
