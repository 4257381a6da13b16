package io.ariflow.sim.fidelity;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recorded scenario: its name (the file name without .jsonl) and its lines in file order. */
record Trace(String name, List<TraceLine> lines) {

  static Trace read(Path file) {
    try {
      String name = file.getFileName().toString().replace(".jsonl", "");
      List<TraceLine> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank())
          .map(l -> parse(new JsonObject(l))).toList();
      return new Trace(name, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TraceLine parse(JsonObject o) {
    int seq = o.getInteger("seq");
    double t = o.getDouble("t");
    return switch (o.getString("kind")) {
      case "request" -> new TraceLine.Request(seq, t, o.getString("method"), o.getString("path"),
          query(o.getJsonObject("query")), o.getValue("body"), o.getString("why"), o.getString("auth"));
      case "response" -> new TraceLine.Response(seq, t, o.getInteger("status"), o.getValue("body"),
          o.getString("error"));
      case "event" -> new TraceLine.Event(seq, t, o.getInteger("socket"), o.getJsonObject("event"));
      case "ws" -> new TraceLine.Ws(seq, t, o.getString("what"), o.getInteger("socket"),
          o.getJsonObject("detail", new JsonObject()));
      case "note" -> new TraceLine.Note(seq, t, o.getString("text"));
      default -> throw new IllegalArgumentException("unknown trace line kind in " + o.encode());
    };
  }

  private static Map<String, String> query(JsonObject q) {
    Map<String, String> out = new LinkedHashMap<>();
    if (q != null) {
      q.forEach(e -> out.put(e.getKey(), String.valueOf(e.getValue())));
    }
    return out;
  }
}
