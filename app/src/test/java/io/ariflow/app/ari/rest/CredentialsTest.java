package io.ariflow.app.ari.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CredentialsTest {

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
  void sendsBasicAuthorizationAndKeepsCredentialsOutOfTheUrl() throws Exception {
    asterisk.stubFor(get("/ari/asterisk/info").willReturn(aResponse().withStatus(200)
        .withBody("{\"system\":{}}")));
    HttpAriRestClient client = fixture.client(ClientFixture.options(asterisk.getPort()));

    Await.result(client.send(TestRequest.get("/asterisk/info")));

    String expected = Base64.getEncoder().encodeToString(
        (ClientFixture.USER + ":" + ClientFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
    asterisk.verify(anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Basic " + expected)));
    for (LoggedRequest request : asterisk.findAll(anyRequestedFor(anyUrl()))) {
      assertFalse(request.getAbsoluteUrl().contains(ClientFixture.PASSWORD), request.getAbsoluteUrl());
      assertFalse(request.getAbsoluteUrl().contains("api_key"), request.getAbsoluteUrl());
    }
  }

  @Test
  void failureMessagesNeverContainThePassword() throws Exception {
    asterisk.stubFor(post("/ari/channels/a/answer").willReturn(aResponse().withStatus(401)
        .withBody("{\"message\":\"Authentication required\"}")));
    asterisk.stubFor(post("/ari/channels/b/answer").willReturn(aResponse().withStatus(500)));
    asterisk.stubFor(post("/ari/channels/c/answer").willReturn(aResponse().withStatus(204)
        .withFixedDelay(2_000)));
    HttpAriRestClient client = fixture.client(ClientFixture.options(asterisk.getPort())
        .withRequestTimeout(Duration.ofMillis(100)));

    for (String channel : new String[] {"a", "b", "c"}) {
      AriFailure failure = Await.failure(
          client.send(TestRequest.post("/channels/" + channel + "/answer")), AriFailure.class);
      assertNoPassword(failure);
    }
  }

  @Test
  void optionsNeverPrintThePasswordAndRejectCredentialsInTheUrl() {
    AriRestOptions options = ClientFixture.options(8088);
    assertFalse(options.toString().contains(ClientFixture.PASSWORD), options.toString());

    IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
        () -> AriRestOptions.defaults("http://engine:" + ClientFixture.PASSWORD + "@pbx:8088/ari",
            ClientFixture.USER, ClientFixture.PASSWORD));
    assertFalse(rejected.getMessage().contains(ClientFixture.PASSWORD), rejected.getMessage());
  }

  private static void assertNoPassword(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(ClientFixture.PASSWORD), t.getMessage());
      assertFalse(t.toString().contains(ClientFixture.PASSWORD), t.toString());
    }
  }
}
