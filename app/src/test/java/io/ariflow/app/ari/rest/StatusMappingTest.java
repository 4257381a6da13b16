package io.ariflow.app.ari.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ariflow.model.request.HttpMethod;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatusMappingTest {

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

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of(400, "{\"message\":\"Invalid direction specified\"}", BadRequest.class),
        Arguments.of(401, "{\"message\":\"Authentication required\"}", Unauthorized.class),
        Arguments.of(403, "{\"message\":\"Forbidden\"}", Unauthorized.class),
        Arguments.of(404, "{\"message\":\"Channel not found\"}", Gone.class),
        Arguments.of(405, "{\"message\":\"Invalid method\"}", BadRequest.class),
        Arguments.of(409, "{\"message\":\"Channel not in Stasis application\"}", NotInStasis.class),
        Arguments.of(412, "{\"message\":\"Channel not answered\"}", NotAnswered.class),
        Arguments.of(422, "{\"message\":\"Channel not in this bridge\"}", Unprocessable.class),
        Arguments.of(500, "{\"error\":\"Allocation failed\"}", ServerError.class),
        Arguments.of(503, "{\"message\":\"Asterisk not booted\"}", ServerError.class));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("answers")
  void eachStatusFailsWithItsTypeKeepingMethodPathStatusAndBody(
      int status, String body, Class<? extends AriFailure> expected) throws Exception {
    asterisk.stubFor(any(urlPathEqualTo("/ari/channels/c-1/play"))
        .willReturn(aResponse().withStatus(status)
            .withHeader("Content-Type", "application/json").withBody(body)));

    AriFailure failure = Await.failure(client.send(TestRequest.post("/channels/c-1/play")), expected);

    assertEquals(HttpMethod.POST, failure.method());
    assertEquals("/channels/c-1/play", failure.path());
    assertEquals(status, failure.status());
    assertEquals(body, failure.body());
    assertTrue(failure.getMessage().contains("/channels/c-1/play"), failure.getMessage());
  }

  @Test
  void htmlNotFoundPageWhileAsteriskBootsIsAServerErrorNotAGoneChannel() throws Exception {
    String page = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n<html><head>"
        + "<title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\r\n";
    asterisk.stubFor(any(urlPathEqualTo("/ari/asterisk/info"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/html")
            .withBody(page)));

    ServerError failure = Await.failure(
        client.send(TestRequest.get("/asterisk/info").idempotent(false)), ServerError.class);

    assertTrue(failure.getMessage().contains("ARI is not registered"), failure.getMessage());
    assertTrue(failure.serverUnhealthy());
  }

  @Test
  void unauthorizedNamesTheSettingsToFix() throws Exception {
    asterisk.stubFor(any(urlPathEqualTo("/ari/asterisk/info"))
        .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Authentication required\"}")));

    Unauthorized failure = Await.failure(
        client.send(TestRequest.get("/asterisk/info")), Unauthorized.class);

    assertTrue(failure.getMessage().contains("ari.conf"), failure.getMessage());
    assertTrue(failure.getMessage().contains("ARIFLOW_ARI_USER/ARIFLOW_ARI_PASSWORD"));
  }
}
