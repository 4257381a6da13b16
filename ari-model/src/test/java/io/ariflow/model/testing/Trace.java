package io.ariflow.model.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * One recorded scenario ({@code shared/ari/traces/<name>.jsonl}) with views by line kind.
 *
 * @param name the scenario name, e.g. {@code sip-ivr-menu}
 * @param lines every line in file order
 */
public record Trace(String name, List<TraceLine> lines) {

  /** Copies the lines so the trace stays immutable. */
  public Trace {
    lines = List.copyOf(lines);
  }

  /** The {@code event} lines, in arrival order. */
  public List<TraceLine> events() {
    return ofKind("event");
  }

  /** The {@code request} lines, in the order they were sent. */
  public List<TraceLine> requests() {
    return ofKind("request");
  }

  /** Lines of one kind ({@code request}, {@code response}, {@code event}, {@code ws}, {@code note}). */
  public List<TraceLine> ofKind(String kind) {
    return lines.stream().filter(line -> line.is(kind)).toList();
  }

  /** Each request with its response (the line that follows it), in order. */
  public List<TraceExchange> exchanges() {
    List<TraceExchange> exchanges = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).is("request") && lines.get(i + 1).is("response")) {
        exchanges.add(new TraceExchange(lines.get(i), lines.get(i + 1)));
      }
    }
    return exchanges;
  }
}
