package io.ariflow.sim.fidelity;

import io.vertx.core.json.JsonObject;

/** One event in a per-object sequence: its signature and the event itself (for shape checks). */
record SeqItem(String sig, JsonObject event) {

  static SeqItem of(JsonObject event) {
    return new SeqItem(EventKeys.signature(event), event);
  }

  @Override
  public String toString() {
    return sig;
  }
}
