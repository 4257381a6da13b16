package io.ariflow.flows.steps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a dial ended.
 *
 * @param outcome {@code answered}, {@code busy}, {@code noanswer} or {@code failed}
 * @param answeredBy the endpoint that answered, empty when nobody did
 * @param dialStatus the deciding Dial status (ANSWER, BUSY, NOANSWER, CHANUNAVAIL, ...)
 * @param ringSeconds from the first dial to the answer (or to the end)
 * @param talkSeconds time bridged, 0 when never bridged
 * @param ended who ended the bridge ({@code callee}), empty when not bridged
 */
public record DialReport(String outcome, Optional<String> answeredBy, String dialStatus, long ringSeconds,
    long talkSeconds, Optional<String> ended) {

  /** The {@code steps.X.*} results. */
  public Map<String, Object> results() {
    Map<String, Object> results = new LinkedHashMap<>();
    answeredBy.ifPresent(endpoint -> results.put("answeredBy", endpoint));
    results.put("dialStatus", dialStatus);
    results.put("ringSeconds", ringSeconds);
    results.put("talkSeconds", talkSeconds);
    ended.ifPresent(who -> results.put("ended", who));
    return results;
  }
}
