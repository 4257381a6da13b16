package io.ariflow.sim.script;

import static io.ariflow.sim.script.EngineStub.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.SimOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A standalone simulator plays its scenario only once the engine's app has connected. */
class ScenarioLauncherTest {

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    await(vertx.close());
  }

  @Test
  void callsGoOutOnlyAfterTheEngineConnects() {
    Scenario scenario = Scenario.of(CallSpec.to("2000").on(CallEvent.STASIS_START, CallAction.hangup()));
    SimOptions options = ScenarioSetup.apply(scenario, SimOptions.forTests().withStasisApp("engine"));
    AriSimulator sim = await(AriSimulator.start(vertx, options));
    Future<ScenarioReport> report = ScenarioLauncher.whenAppConnects(vertx, sim, scenario);
    assertEquals(List.of(), await(sim.channels()).getList());
    assertFalse(report.isComplete());
    EngineStub engine = new EngineStub(vertx, sim);
    engine.await("StasisStart");
    CallOutcome call = await(report).call(0);
    assertEquals(List.of("on stasis-start hangup"), call.stepsDone());
  }
}
