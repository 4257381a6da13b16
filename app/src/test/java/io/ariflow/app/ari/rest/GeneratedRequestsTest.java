package io.ariflow.app.ari.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ariflow.model.json.AriJson;
import io.ariflow.model.request.channels.ChannelsAnswer;
import io.ariflow.model.request.channels.ChannelsGet;
import io.ariflow.model.resource.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated request records and the model's ObjectMapper, against a recorded Asterisk answer. */
class GeneratedRequestsTest {

  @RegisterExtension
  static WireMockExtension asterisk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ClientFixture fixture;
  private HttpAriRestClient client;

  @BeforeEach
  void start() {
    fixture = new ClientFixture();
    client = HttpAriRestClient.create(fixture.vertx, ClientFixture.options(asterisk.getPort()),
        AriJson.newMapper(), fixture.clock);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void aRecordedChannelAnswerDecodesIntoTheModelChannel() throws Exception {
    JsonNode recorded = recordedChannel();
    String id = recorded.path("id").asText();
    asterisk.stubFor(get("/ari/channels/" + id).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(recorded.toString())));

    Channel channel = Await.result(client.send(ChannelsGet.of(id)));

    assertEquals(id, channel.id());
    assertEquals(recorded.path("state").asText(), channel.state());
    assertEquals(recorded.path("name").asText(), channel.name());
  }

  @Test
  void answeringAChannelCompletesWithNothing() throws Exception {
    asterisk.stubFor(post("/ari/channels/1795332695.43/answer").willReturn(aResponse().withStatus(204)));

    assertNull(Await.result(client.send(ChannelsAnswer.of("1795332695.43"))));
  }

  private static JsonNode recordedChannel() throws Exception {
    String shared = System.getProperty("ariflow.shared.dir");
    Path trace = shared == null ? null
        : Path.of(shared, "ari", "traces", "variables-and-continue.jsonl");
    Assumptions.assumeTrue(trace != null && Files.isRegularFile(trace),
        "skipped: ariflow.shared.dir does not point at the shared traces");
    ObjectMapper json = new ObjectMapper();
    boolean afterChannelGet = false;
    for (String line : Files.readAllLines(trace)) {
      JsonNode entry = json.readTree(line);
      if (afterChannelGet && entry.path("status").asInt() == 200) {
        return entry.get("body");
      }
      afterChannelGet = entry.path("kind").asText().equals("request")
          && entry.path("method").asText().equals("GET")
          && entry.path("path").asText().matches("/channels/[^/]+");
    }
    return Assumptions.abort("no recorded GET /channels/{id} answer in " + trace);
  }
}
