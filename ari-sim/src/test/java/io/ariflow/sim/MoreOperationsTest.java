package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.sim.sounds.SoundCatalog;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** move, redirect, [ivr-test], user events, mailboxes, originate with an id in the path, user sounds. */
class MoreOperationsTest {

  private final SimHarness h = new SimHarness();
  private final EventRecorder rec = h.connect("engine");

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void moveHandsTheChannelToAnotherApp() {
    EventRecorder other = h.connect("queue");
    String id = SimHarness.await(h.sim.placeCall("2000"));
    rec.await("StasisStart");
    assertEquals(204, h.post("/channels/" + id + "/move", Map.of("app", "queue", "appArgs", "sales")).status());
    rec.await("StasisEnd");
    assertEquals(new JsonArray().add("sales"), other.await("StasisStart").getJsonArray("args"));
    assertEquals(422, h.post("/channels/" + id + "/move", Map.of("app", "nobody-home")).status());
  }

  @Test
  void redirectEndsTheSipCall() {
    String id = SimHarness.await(h.sim.placeCall("2000"));
    rec.await("StasisStart");
    assertEquals("Redirect endpoint required", h.post("/channels/" + id + "/redirect").message());
    assertEquals(422, h.post("/channels/" + id + "/redirect", Map.of("endpoint", "Local/x@y")).status());
    assertEquals(204, h.post("/channels/" + id + "/redirect", Map.of("endpoint", "PJSIP/other")).status());
    rec.await("StasisEnd");
  }

  @Test
  void ivrTestAnswersPlaysHelloWorldThenEntersStasis() {
    SimHarness.await(h.sim.placeCall(InboundCall.to("2000").inContext("ivr-test")));
    h.advanceSeconds(0.5 + 1.41);
    h.sync(rec);
    assertEquals(List.of("ChannelUserevent"), rec.types());
    h.advanceSeconds(0.01);
    JsonObject start = rec.await("StasisStart");
    assertEquals(new JsonArray().add("ivr").add("2000"), start.getJsonArray("args"));
    assertEquals("Up", start.getJsonObject("channel").getString("state"));
  }

  @Test
  void userEventsCarryTheirVariablesAndSources() {
    String id = SimHarness.await(h.sim.placeCall("2000"));
    rec.await("StasisStart");
    SimHarness.Resp r = h.call(HttpMethod.POST, "/events/user/custom", Map.of("application", "engine",
        "source", "channel:" + id), new JsonObject().put("variables", new JsonObject().put("k", "v")));
    assertEquals(204, r.status());
    JsonObject e = rec.await("ChannelUserevent");
    assertEquals("custom", e.getString("eventname"));
    assertEquals(new JsonObject().put("k", "v"), e.getJsonObject("userevent"));
    assertEquals(id, e.getJsonObject("channel").getString("id"));
    assertEquals("Missing parameter application", h.post("/events/user/x").message());
  }

  @Test
  void mailboxesKeepCounts() {
    assertEquals(204, h.put("/mailboxes/1000@default", Map.of("oldMessages", "1", "newMessages", "2")).status());
    assertEquals(new JsonObject().put("name", "1000@default").put("old_messages", 1).put("new_messages", 2),
        h.get("/mailboxes/1000@default").json());
    assertEquals(204, h.delete("/mailboxes/1000@default").status());
    assertEquals(404, h.get("/mailboxes/1000@default").status());
  }

  @Test
  void originateWithTheIdInThePath() {
    JsonObject one = h.post("/channels/agent-leg", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine"))
        .json();
    assertEquals("agent-leg", one.getString("id"));
    assertEquals("agent-leg", rec.await("StasisStart").getJsonObject("channel").getString("id"));
  }

  @Test
  void userSoundsFromTsvAndDirectoryPlayForTheirLength(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("mine.tsv");
    Files.writeString(tsv, "name\tduration_ms\ncompany-greeting\t3000\n");
    Path sounds = Files.createDirectories(dir.resolve("sounds"));
    Files.write(sounds.resolve("short.ulaw"), new byte[800]);
    SoundCatalog catalog = SoundCatalog.bundled().with(SoundCatalog.readTsv(tsv, "en"))
        .with(SoundCatalog.scanDirectory(sounds, "en"));
    assertEquals(3000, catalog.durationMs("company-greeting", "en").getAsLong());
    assertEquals(100, catalog.durationMs("short", "en").getAsLong());
    assertEquals(440, catalog.durationMs("beep", "fr").getAsLong());
  }
}
