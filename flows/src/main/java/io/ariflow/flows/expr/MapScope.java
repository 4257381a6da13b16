package io.ariflow.flows.expr;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Scope} over nested maps and lists with a fixed time, for tests and simple callers. It reads the
 * given map as it is (no copy), so maps holding {@code null} values work.
 *
 * @param values the root variables
 * @param now the time every time function sees
 */
public record MapScope(Map<String, ?> values, ZonedDateTime now) implements Scope {

  /** The fixed time {@link #of(Map)} uses: Monday 2024-01-01 00:00 UTC. */
  public static final ZonedDateTime EPOCH = ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  /** Rejects missing parts, so a scope always answers both questions. */
  public MapScope {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(now, "now");
  }

  /** A scope over {@code values} whose clock reads {@link #EPOCH}. */
  public static MapScope of(Map<String, ?> values) {
    return new MapScope(values, EPOCH);
  }

  @Override
  public Optional<Object> lookup(List<String> path) {
    return ValuePaths.walk(values, path);
  }
}
