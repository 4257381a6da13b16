package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ariflow.model.testing.Trace;
import io.ariflow.model.testing.Traces;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds every event of every recorded scenario to per-channel and per-bridge machines, in file order and in
 * arrival order, and requires that nothing is refused and that the end states make sense.
 */
class TraceReplayTest {

  private static List<Trace> traces() {
    assumeTrue(Traces.sharedDir().isPresent(),
        "skipped: shared/ari/traces not found (set -D" + Traces.SHARED_DIR_PROPERTY + ")");
    return Traces.loadAll();
  }

  @TestFactory
  Stream<DynamicTest> every_scenario_replays_without_an_illegal_transition() {
    return traces().stream().flatMap(trace -> Stream.of(TraceReplay.Order.values())
        .map(order -> DynamicTest.dynamicTest(trace.name() + " in " + order + " order", () -> {
          TraceReplay replay = TraceReplay.run(trace, order, TransitionObserver.NONE);
          assertTrue(replay.illegal.isEmpty(), replay.illegalReport());
          assertChannelsEndSensibly(replay);
          assertBridgesEndSensibly(replay);
        })));
  }

  private static void assertChannelsEndSensibly(TraceReplay replay) {
    for (Map.Entry<String, List<String>> seen : replay.eventsByChannel.entrySet()) {
      ChannelStateMachine machine = replay.channels.get(seen.getKey());
      List<String> types = seen.getValue();
      int starts = Collections.frequency(types, "StasisStart");
      int ends = Collections.frequency(types, "StasisEnd");
      assertEquals(starts > ends, machine.inStasis(), machine + " after " + types);
      if (ends > 0) {
        assertFalse(machine.life() == ChannelLife.KNOWN, machine + " after " + types);
      }
      if (types.contains("ChannelDestroyed")) {
        assertEquals(ChannelLife.DESTROYED, machine.life(), machine + " after " + types);
        assertTrue(machine.finished(), machine + " after " + types);
      }
      if (types.contains("ChannelHangupRequest") && ends >= starts) {
        assertTrue(machine.finished(), machine + " after " + types);
      }
    }
  }

  private static void assertBridgesEndSensibly(TraceReplay replay) {
    for (BridgeStateMachine machine : replay.bridges.values()) {
      List<String> types = replay.eventsByBridge.getOrDefault(machine.bridgeId(), List.of());
      assertTrue(machine.members().isEmpty(), machine + " after " + types);
      boolean gone = replay.deletedBridges.contains(machine.bridgeId()) || types.contains("BridgeDestroyed");
      assertEquals(gone, machine.destroyed(), machine + " after " + types);
      if (!gone) {
        assertTrue(machine.state() == BridgeState.EMPTY || machine.state() == BridgeState.CREATED, machine.toString());
      }
    }
  }
}
