package io.ariflow.flows.runtime;

import io.ariflow.flows.port.CallControl;
import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.Timers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ports one run uses, bundled so a run is built with one value. The app builds it per call (a
 * {@link CallControl} bound to the call's context), tests from fakes. Besides the four every run has, a host
 * may offer more by type (the conference service, a queue engine): steps that need one ask
 * {@code StepContext.port(type)}, so adding a domain never widens this record again.
 *
 * @param calls ARI commands
 * @param timers clock and timers on the call's context
 * @param http outgoing HTTP
 * @param ids id generation
 * @param extras further ports by the interface they implement
 */
public record RunPorts(CallControl calls, Timers timers, HttpPort http, IdGenerator ids,
    Map<Class<?>, Object> extras) {

  /** Rejects missing ports and extras that do not implement their key. */
  public RunPorts {
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(ids, "ids");
    extras.forEach((type, port) -> {
      if (!type.isInstance(port)) {
        throw new IllegalArgumentException(port + " is not a " + type.getName());
      }
    });
    extras = Map.copyOf(extras);
  }

  /** The four core ports without extras. */
  public RunPorts(CallControl calls, Timers timers, HttpPort http, IdGenerator ids) {
    this(calls, timers, http, ids, Map.of());
  }

  /** The extra port of {@code type}, if the host offers one. */
  public <T> Optional<T> port(Class<T> type) {
    return Optional.ofNullable(extras.get(type)).map(type::cast);
  }

  /** The same ports plus {@code port} as the {@code type} port. */
  public <T> RunPorts with(Class<T> type, T port) {
    Map<Class<?>, Object> more = new LinkedHashMap<>(extras);
    more.put(type, port);
    return new RunPorts(calls, timers, http, ids, more);
  }

  /** The same ports with other call control (the run wraps it to track what it created). */
  public RunPorts withCalls(CallControl other) {
    return new RunPorts(other, timers, http, ids, extras);
  }
}
