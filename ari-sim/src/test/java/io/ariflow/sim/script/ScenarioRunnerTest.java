package io.ariflow.sim.script;

import static io.ariflow.sim.script.EngineStub.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.ClockMode;
import io.ariflow.sim.SimOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner plays callers and agents through the control API, on the virtual clock (and once on the real one). */
class ScenarioRunnerTest {

  private final Vertx vertx = Vertx.vertx();
  private AriSimulator sim;
  private EngineStub engine;

  @AfterEach
  void close() {
    await(vertx.close());
  }

  @Test
  void theReadmeCallerPressesOneWhenThePromptStartsAndHangsUpTwentySecondsLater() throws URISyntaxException {
    Scenario scenario = ScenarioLoader.load(Path.of(getClass().getResource("/scenarios/good/support-line.yaml").toURI()));
    start(scenario, ClockMode.VIRTUAL);
    Future<ScenarioReport> done = new ScenarioRunner(sim, scenario).run();
    JsonObject stasisStart = engine.await("StasisStart");
    assertEquals(new JsonArray().add("support-line"), stasisStart.getJsonArray("args"));
    String id = stasisStart.getJsonObject("channel").getString("id");
    engine.post("/channels/" + id + "/answer", Map.of());
    engine.post("/channels/" + id + "/play", Map.of("media", "sound:basic-pbx-ivr-main"));
    Instant playing = time(engine.await("PlaybackStarted"));
    JsonObject dtmf = engine.await("ChannelDtmfReceived");
    assertEquals("1", dtmf.getString("digit"));
    assertEquals(playing, time(dtmf));
    await(sim.advance(Duration.ofSeconds(20)));
    assertEquals(playing.plusSeconds(20), time(engine.await("ChannelHangupRequest")));
    CallOutcome call = await(done).call(0);
    assertEquals(List.of("on playback-started press 1", "after 20s hangup"), call.stepsDone());
    assertEquals(List.of(), call.problems());
    assertEquals(id, call.channelId());
  }

  @Test
  void anAgentAnswersAfterThreeSecondsAndHangsUpAfterThirtySecondsOfTalk() {
    Scenario scenario = new Scenario(List.of(), List.of(AgentSpec.endpoint("PJSIP/2001")
        .answerAfter(Duration.ofSeconds(3)).talk(Duration.ofSeconds(30))));
    start(scenario, ClockMode.VIRTUAL);
    assertEquals(List.of(), await(new ScenarioRunner(sim, scenario).run()).calls());
    JsonObject agent = engine.postJson("/channels", Map.of("endpoint", "PJSIP/2001", "app", "engine",
        "appArgs", "agent"));
    Instant dialled = time(engine.await(EngineStub.type("Dial"), 1));
    await(sim.advance(Duration.ofSeconds(3)));
    JsonObject answered = engine.await("StasisStart");
    assertEquals(agent.getString("id"), answered.getJsonObject("channel").getString("id"));
    assertEquals(dialled.plusSeconds(3), time(answered));
    await(sim.advance(Duration.ofSeconds(30)));
    assertEquals(dialled.plusSeconds(33), time(engine.await("StasisEnd")));
  }

  @Test
  void aBusyAgentRejectsTheCall() {
    Scenario scenario = new Scenario(List.of(), List.of(AgentSpec.endpoint("PJSIP/2002").asBusy()));
    start(scenario, ClockMode.VIRTUAL);
    await(new ScenarioRunner(sim, scenario).run());
    engine.postJson("/channels", Map.of("endpoint", "PJSIP/2002", "app", "engine"));
    assertEquals("BUSY", engine.await(e -> "BUSY".equals(e.getString("dialstatus")), 1).getString("dialstatus"));
    assertTrue(!engine.types().contains("StasisStart"));
  }

  @Test
  void repeatedCallsArePlacedOnTheirScheduleAndEachRunsItsScript() {
    Scenario scenario = Scenario.of(CallSpec.to("2000").at(Duration.ofSeconds(1))
        .repeat(3, Duration.ofMillis(500)).on(CallEvent.STASIS_START, CallAction.hangup()));
    start(scenario, ClockMode.VIRTUAL);
    Instant t0 = await(sim.onLoop(core -> core.clock().now()));
    ScenarioRunner runner = new ScenarioRunner(sim, scenario);
    await(runner.start());
    await(sim.advance(Duration.ofSeconds(3)));
    for (int n = 1; n <= 3; n++) {
      JsonObject start = engine.await(EngineStub.type("StasisStart"), n);
      assertEquals(t0.plusMillis(500L + 500L * n), time(start));
    }
    ScenarioReport report = await(runner.done());
    assertEquals(List.of("call 1 #1 to 2000", "call 1 #2 to 2000", "call 1 #3 to 2000"),
        report.calls().stream().map(CallOutcome::label).toList());
    report.calls().forEach(c -> assertEquals(1, c.stepsDone().size()));
  }

  @Test
  void aStepWaitingForAnEventThatNeverComesIsSkippedWhenTheEngineHangsUp() {
    Scenario scenario = Scenario.of(CallSpec.to("2000").on(CallEvent.ENTERED_BRIDGE, CallAction.press("5")));
    start(scenario, ClockMode.VIRTUAL);
    Future<ScenarioReport> done = new ScenarioRunner(sim, scenario).run();
    String id = engine.await("StasisStart").getJsonObject("channel").getString("id");
    assertEquals(204, engine.delete("/channels/" + id));
    CallOutcome call = await(done).call(0);
    assertEquals(List.of(), call.stepsDone());
    assertEquals(List.of(), call.problems());
    assertEquals("ChannelDestroyed", call.events().get(call.events().size() - 1));
  }

  @Test
  void stoppingTheRunHangsUpLiveCalls() {
    Scenario scenario = Scenario.of(CallSpec.to("2000").after(Duration.ofHours(1), CallAction.hangup()));
    start(scenario, ClockMode.VIRTUAL);
    ScenarioRunner runner = new ScenarioRunner(sim, scenario);
    Future<ScenarioReport> done = runner.run();
    engine.await("StasisStart");
    await(runner.stop());
    assertEquals(List.of(), await(done).call(0).stepsDone());
  }

  @Test
  void onTheRealClockCallsGoOutAndEndOnTheirOwn() {
    Scenario scenario = Scenario.of(CallSpec.to("2000").repeat(2, Duration.ofMillis(50))
        .after(Duration.ofMillis(100), CallAction.hangup()));
    start(scenario, ClockMode.REAL);
    ScenarioReport report = await(new ScenarioRunner(sim, scenario).run());
    assertEquals(2, report.calls().size());
    report.calls().forEach(c -> assertEquals(List.of("StasisStart"), c.events().stream()
        .filter(t -> t.equals("StasisStart")).toList()));
  }

  private void start(Scenario scenario, ClockMode clock) {
    SimOptions base = SimOptions.forTests().withStasisApp("engine").withCredentials("engine", "engine-secret")
        .withClockMode(clock);
    sim = await(AriSimulator.start(vertx, ScenarioSetup.apply(scenario, base)));
    engine = new EngineStub(vertx, sim);
  }

  private static Instant time(JsonObject event) {
    return Instant.from(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
        .parse(event.getString("timestamp")));
  }
}
