package io.ariflow.model.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.AriEventTypes;
import io.ariflow.model.event.UnknownEvent;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.json.AriJson;
import io.ariflow.model.request.AriOperations;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.request.HttpMethod;
import io.ariflow.model.request.OperationInfo;
import io.ariflow.model.request.OperationMatcher;
import io.ariflow.model.testing.JsonTrees;
import io.ariflow.model.testing.Trace;
import io.ariflow.model.testing.TraceExchange;
import io.ariflow.model.testing.TraceLine;
import io.ariflow.model.testing.Traces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the model matches ARI 22.10.1 (every event, model and operation, with the same fields and
 * parameters), tolerates 20.20.1 and 23.4.1, and decodes every event and JSON response of the real traces
 * losslessly. Skips, saying so, when {@code shared/ari} is not available.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceTest {

  private static final String VERSION = "22.10.1";

  private final ObjectMapper mapper = AriJson.newMapper();
  private final AriEventDecoder decoder = new AriEventDecoder(mapper);
  private final Map<String, String> coverage = new LinkedHashMap<>();
  private Path ariDir;
  private AriSpec spec;

  @BeforeAll
  void loadSpecification() {
    Optional<Path> shared = Traces.sharedDir();
    assumeTrue(shared.isPresent() && Files.isDirectory(shared.get().resolve("ari/api-docs-" + VERSION)),
        "SKIPPED: shared/ari (ARI specs and traces) not found; set -Dariflow.shared.dir");
    ariDir = shared.get().resolve("ari");
    spec = AriSpec.load(ariDir.resolve("api-docs-" + VERSION));
  }

  @AfterAll
  void printCoverage() {
    if (!coverage.isEmpty()) {
      List<String> order = List.of("events covered", "models", "operations", "trace events decoded",
          "trace responses decoded", "trace requests rebuilt");
      System.out.println("ARI " + VERSION + " conformance: " + String.join(", ",
          order.stream().filter(coverage::containsKey).map(k -> k + " " + coverage.get(k)).toList()));
    }
  }

  @Test
  void everyEventTypeHasARegisteredRecordWithTheSameFields() throws Exception {
    SampleJson samples = new SampleJson(spec);
    int covered = 0;
    for (String type : spec.eventTypes()) {
      Class<? extends AriEvent> record = AriEventTypes.forType(type)
          .orElseThrow(() -> new AssertionError("no record registered for event " + type));
      assertEquals(type, record.getSimpleName());
      Map<String, String> fields = new LinkedHashMap<>(RecordFields.of(record));
      fields.put("type", "String");
      RecordFields.assertMatches(spec, type, fields);
      assertRoundTrip(samples.of(type), decoder.decode(samples.of(type).toString()), record);
      covered++;
    }
    assertEquals(spec.eventTypes().size(), AriEventTypes.all().size(), "registry has extra types");
    coverage.put("events covered", covered + "/" + spec.eventTypes().size());
  }

  @Test
  void everyResourceModelHasARecordWithTheSameFields() throws Exception {
    SampleJson samples = new SampleJson(spec);
    int covered = 0;
    for (String model : spec.resourceModels()) {
      Class<?> record = Class.forName("io.ariflow.model.resource." + model);
      assertTrue(record.isRecord(), model + " is a record");
      RecordFields.assertMatches(spec, model, RecordFields.of(record));
      JsonNode sample = samples.of(model);
      assertRoundTrip(sample, mapper.treeToValue(sample, record), record);
      covered++;
    }
    coverage.put("models", covered + "/" + spec.resourceModels().size());
  }

  @Test
  void everyOperationHasARequestRecordWithTheSameParameters() {
    Map<String, OperationInfo> model = new LinkedHashMap<>();
    AriOperations.all().forEach(op -> model.put(op.name(), op));
    int covered = 0;
    for (SpecOperation declared : spec.operations()) {
      OperationInfo op = model.get(declared.name());
      assertNotNull(op, "no request for " + declared.name());
      assertEquals(HttpMethod.valueOf(declared.method()), op.method(), declared.name());
      assertEquals(declared.path(), op.pathTemplate(), declared.name());
      RequestParameters.assertMatches(declared, op.requestType());
      assertRequestBehavesLikeItsTemplate(op);
      covered++;
    }
    assertEquals(spec.operations().size(), model.size(), "model has operations the spec lacks");
    coverage.put("operations", covered + "/" + spec.operations().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"20.20.1", "23.4.1"})
  void otherVersionsArePrintedAndEveryEventTheyDeclareDecodes(String version) throws Exception {
    Path dir = ariDir.resolve("api-docs-" + version);
    assumeTrue(Files.isDirectory(dir), "SKIPPED: " + dir + " not found");
    AriSpec other = AriSpec.load(dir);
    List<String> differences = SpecDiff.between(spec, other);
    System.out.println("ARI " + version + " vs " + VERSION + ": "
        + (differences.isEmpty() ? "no API differences" : String.join("; ", differences)));
    SampleJson samples = new SampleJson(other);
    for (String type : other.eventTypes()) {
      JsonNode sample = samples.of(type);
      AriEvent event = decoder.decode(sample.toString());
      Optional<Class<? extends AriEvent>> known = AriEventTypes.forType(type);
      if (known.isPresent()) {
        assertRoundTrip(sample, event, known.get());
      } else {
        UnknownEvent unknown = assertInstanceOf(UnknownEvent.class, event, type);
        assertEquals(sample, unknown.raw(), "raw JSON kept for " + type);
        assertRoundTrip(sample, event, UnknownEvent.class);
      }
    }
  }

  @Test
  void everyTraceEventDecodesToItsRecordAndReencodesLosslessly() throws Exception {
    int decoded = 0;
    int total = 0;
    for (Trace trace : Traces.loadAll()) {
      for (TraceLine line : trace.events()) {
        total++;
        AriEvent event = decoder.decode(line.event().toString());
        assertEquals(line.eventType(), event.getClass().getSimpleName(), trace.name() + " seq " + line.seq());
        assertRoundTrip(line.event(), event, event.getClass());
        decoded++;
      }
    }
    coverage.put("trace events decoded", decoded + "/" + total);
    assertTrue(total > 0, "traces contain events");
  }

  @Test
  void everySuccessfulJsonTraceResponseDecodesToItsOperationsResponseType() throws Exception {
    OperationMatcher matcher = OperationMatcher.ofAll();
    int decoded = 0;
    int total = 0;
    for (Trace trace : Traces.loadAll()) {
      for (TraceExchange exchange : trace.exchanges()) {
        JsonNode body = exchange.responseBody();
        if (!exchange.succeeded() || body == null || !body.isContainerNode()) {
          continue;
        }
        total++;
        String where = trace.name() + " seq " + exchange.request().seq();
        OperationInfo op = matcher.find(exchange.method(), TracePaths.encode(exchange.path()))
            .orElseThrow(() -> new AssertionError(where + ": no operation for " + exchange.path()));
        AriRequest<?> request = RequestSamples.of(op);
        Object value = mapper.readerFor(request.responseType()).readValue(body);
        assertNotNull(value, where);
        assertTrue(JsonTrees.same(body, mapper.readTree(mapper.writeValueAsString(value))),
            where + " " + op.name() + " re-encodes losslessly");
        decoded++;
      }
    }
    coverage.put("trace responses decoded", decoded + "/" + total);
  }

  @Test
  void everyRecordedRequestIsReproducedExactlyByItsRequestRecord() throws Exception {
    OperationMatcher matcher = OperationMatcher.ofAll();
    Map<String, SpecOperation> declared = spec.operationsByName();
    int rebuilt = 0;
    int total = 0;
    for (Trace trace : Traces.loadAll()) {
      for (TraceExchange exchange : trace.exchanges()) {
        Optional<OperationInfo> op = exchange.method() == null ? Optional.empty()
            : matcher.find(exchange.method(), TracePaths.encode(exchange.path()));
        if (op.isEmpty()) {
          continue;
        }
        total++;
        String where = trace.name() + " seq " + exchange.request().seq() + " " + op.get().name();
        AriRequest<?> request = TraceRequests.rebuild(declared.get(op.get().name()), op.get(), exchange, mapper);
        assertEquals(TracePaths.encode(exchange.path()), request.path(), where);
        assertEquals(exchange.query(), request.query(), where);
        JsonNode body = request.body() == null ? null : mapper.valueToTree(request.body());
        assertTrue(JsonTrees.same(exchange.requestBody(), body), where + " body " + body);
        rebuilt++;
      }
    }
    coverage.put("trace requests rebuilt", rebuilt + "/" + total);
  }

  private void assertRoundTrip(JsonNode expected, Object decoded, Class<?> expectedClass) throws Exception {
    assertInstanceOf(expectedClass, decoded);
    JsonNode reencoded = mapper.readTree(mapper.writeValueAsString(decoded));
    if (!JsonTrees.same(expected, reencoded)) {
      fail(expectedClass.getSimpleName() + " round trip lost data:\n  in:  " + expected + "\n  out: " + reencoded);
    }
  }

  private void assertRequestBehavesLikeItsTemplate(OperationInfo op) {
    AriRequest<?> request = RequestSamples.of(op);
    assertEquals(op.name(), request.operation());
    assertEquals(op.method(), request.method());
    OperationInfo found = OperationMatcher.ofAll().find(request.method(), request.path())
        .orElseThrow(() -> new AssertionError(op.name() + ": path " + request.path() + " fits no template"));
    assertEquals(op.name(), found.name(), "path " + request.path());
    op.match(request.method(), request.path()).orElseThrow().values()
        .forEach(value -> assertEquals(RequestSamples.SAMPLE_ID, value, op.name() + " path parameter"));
  }
}
