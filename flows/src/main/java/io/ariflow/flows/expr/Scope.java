package io.ariflow.flows.expr;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What an expression can read: variables by path and the current time. The caller supplies the time from an
 * injected clock in the flow's zone, so the time functions are testable and never read the system clock.
 */
public interface Scope {

  /**
   * The value at {@code path} (for example {@code [call, caller, number]}; list indexes appear as decimal
   * strings), or empty when there is none. Values are JSON-like: String, Number, Boolean, Map, List.
   */
  Optional<Object> lookup(List<String> path);

  /** The current time in the flow's time zone. */
  ZonedDateTime now();
}
