package io.ariflow.sim.core;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** ARI-controlled mailboxes: message counts only. */
public final class Mailboxes {

  private final Map<String, int[]> boxes;

  Mailboxes(Map<String, int[]> boxes) {
    this.boxes = boxes;
  }

  public JsonArray list() {
    JsonArray all = new JsonArray();
    boxes.forEach((n, c) -> all.add(json(n, c)));
    return all;
  }

  public JsonObject get(String name) {
    int[] counts = boxes.get(name);
    if (counts == null) {
      throw AriError.notFound("Mailbox not found");
    }
    return json(name, counts);
  }

  public void put(String name, int oldMessages, int newMessages) {
    boxes.put(name, new int[] {oldMessages, newMessages});
  }

  public void delete(String name) {
    if (boxes.remove(name) == null) {
      throw AriError.notFound("Mailbox not found");
    }
  }

  private static JsonObject json(String name, int[] counts) {
    return new JsonObject().put("name", name).put("old_messages", counts[0]).put("new_messages", counts[1]);
  }
}
