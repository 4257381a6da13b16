package io.ariflow.flows.conference.supervision;

import java.util.List;
import java.util.Objects;

/**
 * A supervisor asks to supervise an agent's call.
 *
 * @param sessionId our id for the session (names the supervisor bridge and the snoops)
 * @param supervisor the supervisor (its channel is answered and in Stasis)
 * @param agent the supervised agent; the snoop listens to its channel and whispers into its ear
 * @param callBridgeId the bridge of the agent's call, which a barging supervisor joins
 * @param callChannels every channel in that bridge (the agent and the other parties), for the topology
 * @param mode the mode to start in
 */
public record SupervisionRequest(String sessionId, Party supervisor, Party agent, String callBridgeId,
    List<String> callChannels, SupervisionMode mode) {

  /** Copies the channels and rejects nulls. */
  public SupervisionRequest {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(supervisor, "supervisor");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(callBridgeId, "callBridgeId");
    callChannels = List.copyOf(callChannels);
    Objects.requireNonNull(mode, "mode");
  }
}
