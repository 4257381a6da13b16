package io.ariflow.app.flows;

import io.ariflow.flows.load.FlowCatalog;
import io.ariflow.flows.spec.FlowSpec;
import java.util.Optional;

/**
 * The flows calls start with right now: immutable, replaced as a whole on reload, so a call keeps the
 * catalog (and its sub-flows) it started with. In built-in mode (no flow files) every call runs the demo
 * flow, whatever its Stasis arguments say: today's greeting, through the real interpreter.
 *
 * @param flows the valid flows by id
 * @param builtIn true when the flows are the built-in demo
 * @param generation 1 for the first load, one more for each applied change
 */
public record HostedCatalog(FlowCatalog flows, boolean builtIn, long generation) {

  /** The flow a call asking for {@code flowId} runs; empty when it is unknown. */
  public Optional<FlowSpec> select(Optional<String> flowId) {
    if (builtIn) {
      return flows.all().stream().findFirst();
    }
    return flowId.flatMap(flows::flow);
  }
}
