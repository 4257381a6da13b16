package io.ariflow.app.ari.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransportFailureTest {

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
  void anAnswerSlowerThanTheTimeoutFailsAsTransportTimeoutWithoutHanging() throws Exception {
    asterisk.stubFor(post("/ari/channels/c-1/answer")
        .willReturn(aResponse().withStatus(204).withFixedDelay(5_000)));
    HttpAriRestClient client = fixture.client(ClientFixture.options(asterisk.getPort())
        .withRequestTimeout(Duration.ofMillis(200)));

    Transport failure = Await.failure(
        client.send(TestRequest.post("/channels/c-1/answer")), Transport.class);

    assertEquals(TransportKind.TIMEOUT, failure.kind());
    assertNull(failure.status());
    assertTrue(failure.getMessage().contains("no answer within 200 ms"), failure.getMessage());
  }

  @Test
  void aConnectionResetByPeerFailsAsConnectionLost() throws Exception {
    asterisk.stubFor(post("/ari/channels/c-1/answer")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    HttpAriRestClient client = fixture.client(ClientFixture.options(asterisk.getPort()));

    Transport failure = Await.failure(
        client.send(TestRequest.post("/channels/c-1/answer")), Transport.class);

    assertEquals(TransportKind.CONNECTION_LOST, failure.kind());
    assertEquals("/channels/c-1/answer", failure.path());
  }

  @Test
  void anEmptyResponseFailsAsConnectionLost() throws Exception {
    asterisk.stubFor(post("/ari/channels/c-1/answer")
        .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    HttpAriRestClient client = fixture.client(ClientFixture.options(asterisk.getPort()));

    Transport failure = Await.failure(
        client.send(TestRequest.post("/channels/c-1/answer")), Transport.class);

    assertEquals(TransportKind.CONNECTION_LOST, failure.kind());
  }

  @Test
  void garbageInsteadOfHttpFailsAsTransport() throws Exception {
    asterisk.stubFor(post("/ari/channels/c-1/answer")
        .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    HttpAriRestClient client = fixture.client(ClientFixture.options(asterisk.getPort()));

    Await.failure(client.send(TestRequest.post("/channels/c-1/answer")), Transport.class);
  }

  @Test
  void nothingListeningFailsAsConnectionRefusedNamingHttpConf() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HttpAriRestClient client = fixture.client(ClientFixture.options(closedPort));

    Transport failure = Await.failure(
        client.send(TestRequest.post("/channels/c-1/answer")), Transport.class);

    assertEquals(TransportKind.CONNECTION_REFUSED, failure.kind());
    assertTrue(failure.getMessage().contains("http.conf"), failure.getMessage());
  }
}
