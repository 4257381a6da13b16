package io.ariflow.flows.spec;

import java.util.Locale;

/** What a {@code queue-agent} step does to an agent. */
public enum QueueAgentAction {
  /** Log in on an endpoint (the caller's own phone by default). */
  LOGIN,
  /** Log out, after the current call and wrap-up. */
  LOGOUT,
  /** Pause with a reason, after the current call. */
  PAUSE,
  /** Unpause. */
  UNPAUSE;

  /** The YAML word. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
