package io.ariflow.sim.fidelity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * Channel names seen on each side, used to map channels that never appear in a response or StasisStart
 * (the ;2 half of an originated Local pair): once ;1 is mapped, {@code Local/x@ctx-0000000c;2} in the
 * recording is the simulator's {@code Local/x@ctx-00000000;2}.
 */
final class ChannelNames {

  private final Map<String, String> recorded = new HashMap<>();
  private final Map<String, String> sim = new HashMap<>();

  void recorded(Object json) {
    collect(json, recorded);
  }

  void sim(Object json) {
    collect(json, sim);
  }

  String recordedName(String id) {
    return recorded.get(id);
  }

  /** Maps every recorded channel whose Local pair (or name) has a mapped sibling. */
  void deriveMissing(IdMap ids) {
    Map<String, String> siblings = new HashMap<>();
    recorded.forEach((id, name) -> {
      if (ids.knows(id) && sim.containsKey(ids.sim(id))) {
        siblings.put(base(name), ids.sim(id));
      }
    });
    recorded.forEach((id, name) -> {
      String sibling = siblings.get(base(name));
      if (!ids.knows(id) && sibling != null) {
        ids.learn(id, simId(base(sim.get(sibling)) + name.substring(base(name).length()), sibling));
      }
    });
  }

  /** The simulated channel of that name; names repeat after a restart, so the sibling's epoch decides. */
  private String simId(String name, String sibling) {
    String epoch = sibling.substring(0, sibling.indexOf('.') + 1);
    String any = null;
    for (Map.Entry<String, String> e : sim.entrySet()) {
      if (e.getValue().equals(name)) {
        if (e.getKey().startsWith(epoch)) {
          return e.getKey();
        }
        any = e.getKey();
      }
    }
    return any;
  }

  private static String base(String name) {
    return name.endsWith(";1") || name.endsWith(";2") ? name.substring(0, name.length() - 2) : name;
  }

  private static void collect(Object json, Map<String, String> names) {
    if (json instanceof JsonObject o) {
      if (o.getValue("id") instanceof String id && o.getValue("name") instanceof String name
          && o.containsKey("dialplan")) {
        names.putIfAbsent(id, name);
      }
      o.forEach(e -> collect(e.getValue(), names));
    } else if (json instanceof JsonArray a) {
      a.forEach(v -> collect(v, names));
    }
  }
}
