package io.ariflow.app.flowtest;

import io.ariflow.sim.AriSimulator;
import java.time.Instant;

/**
 * Everything one case runs on: the simulator, the engine, the virtual timers and stubs, the caller, and
 * the driver moving time for them.
 *
 * @param sim the simulated Asterisk
 * @param engine the engine hosting the flows
 * @param http the HTTP stubs
 * @param traffic what is in flight between the two
 * @param caller the test's caller
 * @param driver the time driver
 * @param start when the call starts, in virtual time
 */
record CaseRig(AriSimulator sim, OfflineEngine engine, StubHttpPort http, Traffic traffic, ScriptedCaller caller,
    TimeDriver driver, Instant start) {
}
