package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Playback edge cases of rest-errors and the recordings of hold-moh-ring-record. */
class MediaTest {

  private final SimHarness h = new SimHarness();
  private final EventRecorder rec = h.connect("engine");

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void aMissingSoundIs201FailedThenStartedAndFinishedFailed() {
    String id = agent();
    SimHarness.Resp play = h.post("/channels/" + id + "/play", Map.of("media", "sound:does-not-exist"));
    assertEquals(201, play.status());
    assertEquals("failed", play.json().getString("state"));
    assertEquals("failed", rec.await("PlaybackFinished").getJsonObject("playback").getString("state"));
  }

  @Test
  void aBogusSchemeStartsAndNeverFinishesAndTheNextPlaybackStillRuns() {
    String id = agent();
    JsonObject bogus = h.post("/channels/" + id + "/play", Map.of("media", "bogus:thing")).json();
    assertEquals("queued", bogus.getString("state"));
    rec.await("PlaybackStarted");
    h.advanceSeconds(1.5);
    assertEquals(404, h.get("/playbacks/" + bogus.getString("id")).status());
    h.post("/channels/" + id + "/play", Map.of("media", "sound:beep"));
    h.advanceSeconds(0.5);
    rec.await("PlaybackFinished");
    assertEquals(List.of("PlaybackStarted", "PlaybackStarted", "PlaybackFinished"),
        rec.types().stream().filter(t -> t.startsWith("Playback")).toList());
  }

  @Test
  void playbacksQueueOnAChannelAndClientIdsAreKept() {
    String id = agent();
    h.post("/channels/" + id + "/play/first", Map.of("media", "sound:beep"));
    JsonObject second = h.post("/channels/" + id + "/play", Map.of("media", "sound:vm-goodbye", "playbackId", "second")).json();
    assertEquals("second", second.getString("id"));
    assertEquals("queued", h.get("/playbacks/second").json().getString("state"));
    h.advanceSeconds(0.44);
    rec.await(e -> "PlaybackStarted".equals(e.getString("type"))
        && "second".equals(e.getJsonObject("playback").getString("id")));
    h.advanceSeconds(0.88);
    rec.await(e -> "PlaybackFinished".equals(e.getString("type"))
        && "second".equals(e.getJsonObject("playback").getString("id")));
  }

  @Test
  void pausedPlaybacksDoNotFinish() {
    String id = agent();
    h.post("/channels/" + id + "/play/p1", Map.of("media", "sound:vm-goodbye"));
    h.advanceSeconds(0.4);
    assertEquals(204, h.post("/playbacks/p1/control", Map.of("operation", "pause")).status());
    h.advanceSeconds(5);
    assertEquals("paused", h.get("/playbacks/p1").json().getString("state"));
    h.post("/playbacks/p1/control", Map.of("operation", "unpause"));
    h.advanceSeconds(0.48);
    rec.await("PlaybackFinished");
  }

  @Test
  void aChannelRecordingStopsAtMaxDurationAndIsStored() {
    String id = agent();
    SimHarness.Resp r = h.post("/channels/" + id + "/record", Map.of("name", "rec-test", "format", "wav",
        "maxDurationSeconds", "2", "beep", "true", "ifExists", "overwrite"));
    assertEquals(201, r.status());
    assertEquals(new JsonObject().put("name", "rec-test").put("format", "wav").put("state", "queued")
        .put("target_uri", "channel:" + id), r.json());
    rec.await("RecordingStarted");
    assertEquals("recording", h.get("/recordings/live/rec-test").json().getString("state"));
    h.advanceSeconds(2.44);
    JsonObject finished = rec.await("RecordingFinished").getJsonObject("recording");
    assertEquals(new JsonObject().put("name", "rec-test").put("format", "wav").put("state", "done")
        .put("target_uri", "channel:" + id).put("duration", 2), finished);
    assertEquals(new JsonArray().add(new JsonObject().put("name", "rec-test").put("format", "wav")),
        h.get("/recordings/stored").array());
    assertEquals(204, h.post("/recordings/stored/rec-test/copy", Map.of("destinationRecordingName", "copy")).status() == 200
        ? 204 : 0);
    assertEquals(204, h.delete("/recordings/stored/rec-test").status());
    assertEquals("Recording not found", h.get("/recordings/stored/rec-test").message());
    assertEquals(404, h.post("/recordings/live/no-such-rec/stop").status());
  }

  @Test
  void terminateOnDtmfEndsTheRecording() {
    String id = SimHarness.await(h.sim.placeCall("2000"));
    rec.await("StasisStart");
    h.post("/channels/" + id + "/answer");
    h.post("/channels/" + id + "/record", Map.of("name", "vm", "format", "wav", "terminateOn", "#"));
    h.advanceSeconds(4);
    SimHarness.await(h.sim.callerSendsDtmf(id, "1#"));
    assertEquals(4, rec.await("RecordingFinished").getJsonObject("recording").getInteger("duration"));
    assertFalse(h.get("/recordings/stored").array().isEmpty());
  }

  private String agent() {
    String id = h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine")).json().getString("id");
    rec.await("StasisStart");
    return id;
  }
}
