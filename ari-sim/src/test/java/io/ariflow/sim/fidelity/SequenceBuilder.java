package io.ariflow.sim.fidelity;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups both sides' events per socket and object, keyed in the simulator's id space, and names each
 * group after the recorded object (id and channel name) for the report.
 */
final class SequenceBuilder {

  private final Map<String, List<SeqItem>> recorded = new LinkedHashMap<>();
  private final Map<String, List<SeqItem>> sim = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();

  SequenceBuilder(Replay replay) {
    for (TraceLine.Event e : replay.recordedEvents()) {
      for (String key : EventKeys.objects(e.event())) {
        String simKey = "s" + e.socket() + " " + EventKeys.toSim(key, replay.ids());
        recorded.computeIfAbsent(simKey, k -> new ArrayList<>()).add(SeqItem.of(e.event()));
        labels.putIfAbsent(simKey, "s" + e.socket() + " " + key + name(key, replay.names()));
      }
    }
    replay.simEvents().forEach((socket, events) -> {
      for (JsonObject e : events) {
        for (String key : EventKeys.objects(e)) {
          sim.computeIfAbsent("s" + socket + " " + key, k -> new ArrayList<>()).add(SeqItem.of(e));
        }
      }
    });
  }

  Map<String, List<SeqItem>> recorded() {
    return recorded;
  }

  Map<String, List<SeqItem>> sim() {
    return sim;
  }

  Map<String, String> labels() {
    return labels;
  }

  private static String name(String key, ChannelNames names) {
    if (!key.startsWith("channel:")) {
      return "";
    }
    String name = names.recordedName(key.substring("channel:".length()));
    return name == null ? "" : " (" + name + ")";
  }
}
