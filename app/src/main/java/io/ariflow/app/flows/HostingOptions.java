package io.ariflow.app.flows;

import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.RandomIds;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.steps.StepRegistry;
import io.vertx.core.Context;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The parts of flow hosting that production takes from the system and tests replace: time, HTTP, ids,
 * step types, and who hears about finished runs.
 *
 * @param clock the clock of timers and HTTP breakers
 * @param timers the flows' timers, built on the engine's context ({@link VertxTimers} by default; tests
 *     pass a virtual clock)
 * @param http the {@code http} step's port; empty for {@link WebHttpPort}
 * @param ids generator of playback, leg, bridge and recording ids
 * @param steps the step types (built-in plus those found by ServiceLoader)
 * @param observer hears about every run that ends, after its timeline is complete
 * @param random where the queues' strategies draw from (random, wrandom, random periodic prompts); tests seed it
 */
public record HostingOptions(Clock clock, Function<Context, Timers> timers, Optional<HttpPort> http,
    IdGenerator ids, StepRegistry steps, Consumer<FinishedRun> observer, RandomGenerator random) {

  /** Rejects missing parts. */
  public HostingOptions {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(observer, "observer");
    Objects.requireNonNull(random, "random");
  }

  /** The system clock, Vert.x timers, the web client, random ids, the standard steps, no observer. */
  public static HostingOptions defaults() {
    Clock clock = Clock.systemUTC();
    return new HostingOptions(clock, context -> new VertxTimers(context, clock), Optional.empty(), new RandomIds(),
        StepRegistry.standard(), run -> { }, new SplittableRandom());
  }

  /** The same options with other timers (tests: a virtual clock bound to the engine's context). */
  public HostingOptions withTimers(Function<Context, Timers> newTimers) {
    return new HostingOptions(clock, newTimers, http, ids, steps, observer, random);
  }

  /** The same options with another HTTP port. */
  public HostingOptions withHttp(HttpPort port) {
    return new HostingOptions(clock, timers, Optional.of(port), ids, steps, observer, random);
  }

  /** The same options with another id generator. */
  public HostingOptions withIds(IdGenerator newIds) {
    return new HostingOptions(clock, timers, http, newIds, steps, observer, random);
  }

  /** The same options with other step types. */
  public HostingOptions withSteps(StepRegistry newSteps) {
    return new HostingOptions(clock, timers, http, ids, newSteps, observer, random);
  }

  /** The same options with an observer of finished runs. */
  public HostingOptions withObserver(Consumer<FinishedRun> newObserver) {
    return new HostingOptions(clock, timers, http, ids, steps, newObserver, random);
  }

  /** The same options with another source of randomness for the queues (tests: a seeded generator). */
  public HostingOptions withRandom(RandomGenerator newRandom) {
    return new HostingOptions(clock, timers, http, ids, steps, observer, newRandom);
  }
}
