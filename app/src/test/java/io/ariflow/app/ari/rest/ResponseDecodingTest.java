package io.ariflow.app.ari.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResponseDecodingTest {

  @RegisterExtension
  static WireMockExtension asterisk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  record Channel(String id, String name, String state) {}

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
  void decodesA200BodyIntoTheResponseType() throws Exception {
    asterisk.stubFor(get("/ari/channels/c-1").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"c-1\",\"name\":\"PJSIP/sipp-00000001\",\"state\":\"Ring\",\"language\":\"en\"}")));

    Channel channel = Await.result(client.send(
        TestRequest.get("/channels/c-1").decodedAs(new TypeReference<Channel>() {})));

    assertEquals(new Channel("c-1", "PJSIP/sipp-00000001", "Ring"), channel);
  }

  @Test
  void decodesJsonArraysWithGenericTypes() throws Exception {
    asterisk.stubFor(get("/ari/channels").willReturn(aResponse().withStatus(200)
        .withBody("[{\"id\":\"a\",\"name\":\"n\",\"state\":\"Up\"}]")));

    List<Channel> channels = Await.result(client.send(
        TestRequest.get("/channels").decodedAs(new TypeReference<List<Channel>>() {})));

    assertEquals(List.of(new Channel("a", "n", "Up")), channels);
  }

  @Test
  void a204AnswerCompletesWithNull() throws Exception {
    asterisk.stubFor(post("/ari/channels/c-1/answer").willReturn(aResponse().withStatus(204)));

    assertNull(Await.result(client.send(TestRequest.post("/channels/c-1/answer"))));
  }

  @Test
  void binaryAnswersArriveAsBytes() throws Exception {
    byte[] wav = {'R', 'I', 'F', 'F', 0, 1, 2, (byte) 0xff};
    asterisk.stubFor(get("/ari/recordings/stored/r1/file").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "audio/wav").withBody(wav)));

    byte[] body = Await.result(client.send(
        TestRequest.get("/recordings/stored/r1/file").decodedAs(new TypeReference<byte[]>() {})));

    assertArrayEquals(wav, body);
  }

  @Test
  void malformedJsonOnA2xxIsAServerErrorNamingTheDecodeProblem() throws Exception {
    asterisk.stubFor(get("/ari/channels/c-1").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"c-1\",\"state\":")));

    ServerError failure = Await.failure(client.send(
        TestRequest.get("/channels/c-1").decodedAs(new TypeReference<Channel>() {})),
        ServerError.class);

    assertTrue(failure.getMessage().contains("does not decode as"), failure.getMessage());
    assertTrue(failure.getMessage().contains("Channel"), failure.getMessage());
    assertEquals(200, failure.status());
    assertEquals("{\"id\":\"c-1\",\"state\":", failure.body());
  }

  @Test
  void anEmpty2xxBodyWhereAnObjectWasExpectedIsAServerError() throws Exception {
    asterisk.stubFor(get("/ari/channels/c-1").willReturn(aResponse().withStatus(200)));

    ServerError failure = Await.failure(
        client.send(TestRequest.get("/channels/c-1")), ServerError.class);

    assertTrue(failure.getMessage().contains("empty body"), failure.getMessage());
  }

  @Test
  void sendsQueryParametersEncodedAndTheBodyAsPlainApplicationJson() throws Exception {
    asterisk.stubFor(post(urlPathEqualTo("/ari/channels")).willReturn(aResponse().withStatus(200)
        .withBody("{\"id\":\"out-1\",\"name\":\"Local/x\",\"state\":\"Down\"}")));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("endpoint", "Local/answer@answer-wait");
    query.put("app", "engine");
    query.put("appArgs", "agent,1 2");

    Await.result(client.send(TestRequest.post("/channels")
        .withQuery(query)
        .withBody(Map.of("variables", Map.of("CALLERID(name)", "Ari Flow")))
        .decodedAs(new TypeReference<Channel>() {})));

    asterisk.verify(postRequestedFor(urlPathEqualTo("/ari/channels"))
        .withQueryParam("endpoint", equalTo("Local/answer@answer-wait"))
        .withQueryParam("appArgs", equalTo("agent,1 2"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"variables\":{\"CALLERID(name)\":\"Ari Flow\"}}")));
  }

  @Test
  void aBodyLargerThanAsteriskAcceptsIsRefusedBeforeSending() throws Exception {
    Map<String, String> variables = Map.of("BIG", "x".repeat(AriBodyCodec.MAX_BODY_BYTES));

    BadRequest failure = Await.failure(client.send(TestRequest.post("/channels")
        .withBody(Map.of("variables", variables))), BadRequest.class);

    assertTrue(failure.getMessage().contains("at most 4096"), failure.getMessage());
    assertNull(failure.status());
    asterisk.verify(0, postRequestedFor(urlPathEqualTo("/ari/channels")));
  }
}
