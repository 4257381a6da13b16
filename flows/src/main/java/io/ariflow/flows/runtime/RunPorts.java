package io.ariflow.flows.runtime;

import io.ariflow.flows.port.CallControl;
import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.Timers;
import java.util.Objects;

/**
 * The ports one run uses, bundled so a run is built with one value. The app builds it per call (a
 * {@link CallControl} bound to the call's context), tests from fakes.
 *
 * @param calls ARI commands
 * @param timers clock and timers on the call's context
 * @param http outgoing HTTP
 * @param ids id generation
 */
public record RunPorts(CallControl calls, Timers timers, HttpPort http, IdGenerator ids) {

  /** Rejects missing ports. */
  public RunPorts {
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(ids, "ids");
  }
}
