package io.ariflow.sim.fidelity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recorded ids (channels, bridges, playbacks) to the ids the simulator gave the same objects, learnt as they
 * first appear; request paths, queries and bodies are rewritten with it. Ids the client chose itself
 * (bridgeId=conf-bridge-1, snoop whisper-1, recording names) are the same on both sides and map to themselves.
 */
final class IdMap {

  private static final Pattern TOKEN = Pattern.compile("[^/,:]+");

  private final Map<String, String> toSim = new LinkedHashMap<>();

  /** Records that {@code recorded} is {@code sim}; the first mapping of an id wins. */
  void learn(String recorded, String sim) {
    if (recorded != null && sim != null && !recorded.equals(sim)) {
      toSim.putIfAbsent(recorded, sim);
    }
  }

  boolean knows(String recorded) {
    return toSim.containsKey(recorded);
  }

  String sim(String recorded) {
    return recorded == null ? null : toSim.getOrDefault(recorded, recorded);
  }

  /** Replaces every known id inside a path, query value or list ({@code a,b}, {@code channel:a}). */
  String rewrite(String text) {
    if (text == null || toSim.isEmpty()) {
      return text;
    }
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(sim(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  Map<String, String> rewrite(Map<String, String> query) {
    Map<String, String> out = new LinkedHashMap<>();
    query.forEach((k, v) -> out.put(k, rewrite(v)));
    return out;
  }

  /** Rewrites string values (never keys) of a JSON body. */
  Object rewriteJson(Object body) {
    if (body instanceof JsonObject o) {
      JsonObject out = new JsonObject();
      o.forEach(e -> out.put(e.getKey(), rewriteJson(e.getValue())));
      return out;
    }
    if (body instanceof JsonArray a) {
      JsonArray out = new JsonArray();
      a.forEach(v -> out.add(rewriteJson(v)));
      return out;
    }
    return body instanceof String s ? rewrite(s) : body;
  }
}
