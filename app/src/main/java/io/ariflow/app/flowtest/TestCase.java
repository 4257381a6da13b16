package io.ariflow.app.flowtest;

import io.ariflow.flows.spec.Location;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One offline flow test: a caller, what the caller does, what the outside world answers (HTTP endpoints,
 * dialled parties), and what must have happened when the call ends.
 *
 * @param name the case's name, as reports print it
 * @param location where the case is written
 * @param caller who calls, and which flow Stasis() starts
 * @param script what the caller does, in order; an empty script stays on the line silently
 * @param http the HTTP stubs, tried in order (the case's before the file's)
 * @param parties the dialled parties
 * @param expect what is checked at the end
 * @param startTime the virtual date and time the call starts at; empty for the simulator's default
 * @param limit the longest the call may last (virtual time) before the case stops it
 */
public record TestCase(String name, Location location, CallerSpec caller, List<CallerStep> script,
    List<HttpStub> http, List<PartyStub> parties, Expectations expect, Optional<Instant> startTime,
    Duration limit) {

  /** How long a call may last by default before the case gives up on it. */
  public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(10);

  /** Copies the lists and rejects missing parts. */
  public TestCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(expect, "expect");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(limit, "limit");
    script = List.copyOf(script);
    http = List.copyOf(http);
    parties = List.copyOf(parties);
  }
}
