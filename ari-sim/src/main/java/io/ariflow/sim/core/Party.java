package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;

/** A caller id or connected line: name and number, as in Channel.caller / Channel.connected. */
public record Party(String name, String number) {

  public static final Party EMPTY = new Party("", "");

  /** Parses {@code "Name <number>"}, {@code "<number>"} or a bare number, like originate's callerId. */
  public static Party parse(String callerId) {
    if (callerId == null || callerId.isBlank()) {
      return EMPTY;
    }
    String s = callerId.trim();
    int lt = s.indexOf('<');
    int gt = s.lastIndexOf('>');
    if (lt >= 0 && gt > lt) {
      String name = s.substring(0, lt).trim();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      return new Party(name, s.substring(lt + 1, gt).trim());
    }
    return new Party("", s);
  }

  public JsonObject toJson() {
    return new JsonObject().put("name", name).put("number", number);
  }

  public Party withName(String n) {
    return new Party(n, number);
  }

  public Party withNumber(String n) {
    return new Party(name, n);
  }
}
