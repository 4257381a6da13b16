package io.ariflow.sim.fidelity;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The outcome of replaying one trace: the steps compared on the way (requests, handshakes, closes), the
 * failures of outside-world actions, both sides' events, and the id map learnt.
 */
record Replay(Trace trace, List<StepResult> steps, List<String> actionFailures, List<TraceLine.Event> recordedEvents,
    Map<Integer, List<JsonObject>> simEvents, IdMap ids, ChannelNames names) {}
