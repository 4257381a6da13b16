package io.ariflow.app.ari.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ariflow.model.request.HttpMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replays every error answer recorded from a real Asterisk 22 and checks the failure type it maps to. */
class RecordedErrorsTest {

  @RegisterExtension
  static WireMockExtension asterisk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();

  record Recorded(String trace, HttpMethod method, String path, int status, String body) {}

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
  void everyRecordedErrorAnswerMapsToItsFailureTypeWithTheBodyKept() throws Exception {
    List<Recorded> errors = recordedErrors();
    List<String> mismatches = new ArrayList<>();
    for (Recorded error : errors) {
      asterisk.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(error.status())
          .withBody(error.body())));
      AriFailure failure = Await.failure(client.send(new TestRequest<>(error.method(), error.path(),
          Map.of(), null, TestRequest.NOTHING, false, error.trace())), AriFailure.class);
      if (failure.getClass() != expectedType(error) || !error.body().equals(failure.body())) {
        mismatches.add(error + " -> " + failure);
      }
    }
    assertTrue(errors.size() >= 35, "expected the 35+ recorded errors, found " + errors.size());
    assertEquals(List.of(), mismatches);
  }

  private static Class<? extends AriFailure> expectedType(Recorded error) {
    return switch (error.status()) {
      case 400, 405 -> BadRequest.class;
      case 401, 403 -> Unauthorized.class;
      case 404 -> error.body().startsWith("<") ? ServerError.class : Gone.class;
      case 409 -> NotInStasis.class;
      case 412 -> NotAnswered.class;
      case 422 -> Unprocessable.class;
      default -> ServerError.class;
    };
  }

  private static List<Recorded> recordedErrors() throws Exception {
    String shared = System.getProperty("ariflow.shared.dir");
    Path traces = shared == null ? null : Path.of(shared, "ari", "traces");
    Assumptions.assumeTrue(traces != null && Files.isDirectory(traces),
        "skipped: ariflow.shared.dir does not point at the shared traces");
    List<Recorded> errors = new ArrayList<>();
    try (Stream<Path> files = Files.list(traces)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        errors.addAll(errorsIn(file));
      }
    }
    return errors;
  }

  private static List<Recorded> errorsIn(Path file) throws Exception {
    List<Recorded> errors = new ArrayList<>();
    JsonNode request = null;
    for (String line : Files.readAllLines(file)) {
      JsonNode entry = JSON.readTree(line);
      String kind = entry.path("kind").asText();
      if (kind.equals("request")) {
        request = entry;
      } else if (kind.equals("response") && request != null && entry.path("status").asInt() >= 300) {
        JsonNode body = entry.get("body");
        errors.add(new Recorded(file.getFileName().toString(),
            HttpMethod.valueOf(request.path("method").asText()), request.path("path").asText(),
            entry.path("status").asInt(), body.isTextual() ? body.asText() : JSON.writeValueAsString(body)));
      }
    }
    return errors;
  }
}
