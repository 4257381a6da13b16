package io.ariflow.sim.script;

import java.time.Duration;
import java.util.Optional;

/**
 * A scripted agent phone: a PJSIP endpoint that is registered when the run starts and, when the engine
 * dials it, rings for {@code answerAfter}, answers, and hangs up after {@code talk} (or stays until the other
 * side hangs up); a busy agent rejects every call.
 *
 * @param endpoint {@code PJSIP/<resource>}
 * @param answerAfter ringing time before answering
 * @param talk how long the agent stays on the call once answered; empty = until the caller leaves
 * @param busy rejects calls (Dial BUSY) instead of answering
 */
public record AgentSpec(String endpoint, Duration answerAfter, Optional<Duration> talk, boolean busy) {

  public AgentSpec {
    if (endpoint == null || !endpoint.startsWith("PJSIP/") || endpoint.length() == "PJSIP/".length()) {
      throw new IllegalArgumentException("an agent endpoint is PJSIP/<resource>, got " + endpoint);
    }
  }

  /** An agent that answers after one second and stays on the call. */
  public static AgentSpec endpoint(String endpoint) {
    return new AgentSpec(endpoint, Duration.ofSeconds(1), Optional.empty(), false);
  }

  /** The endpoint's resource ({@code 2001} for {@code PJSIP/2001}). */
  public String resource() {
    return endpoint.substring("PJSIP/".length());
  }

  public AgentSpec answerAfter(Duration delay) {
    return new AgentSpec(endpoint, delay, talk, busy);
  }

  public AgentSpec talk(Duration length) {
    return new AgentSpec(endpoint, answerAfter, Optional.of(length), busy);
  }

  public AgentSpec asBusy() {
    return new AgentSpec(endpoint, answerAfter, talk, true);
  }
}
