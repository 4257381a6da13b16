package io.ariflow.flows.load.queue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a queue declaration says beyond the core's {@link io.ariflow.flows.queue.definition.QueueDefinition}: how
 * the queue step and the callback dialler carry decisions out over ARI (media URIs are fixed at load time).
 *
 * @param playlist media looped to waiting callers instead of music on hold; empty for music on hold
 * @param agentAnnounce media played to the agent before bridging (app_queue's member {@code announce})
 * @param agentConfirm the key the agent must press after a prompt to take the call, if any
 * @param callbackEndpoint the endpoint that dials a callback number, {@code {number}} standing for it
 *     ({@code Local/{number}@outbound}); empty when callbacks are off
 * @param callbackCallerId the caller id shown to a caller dialled back, if any
 * @param pickupGroups the pickup groups that may answer a ringing agent leg instead; empty: not offered
 */
public record QueueExtras(List<String> playlist, List<String> agentAnnounce, Optional<AgentConfirm> agentConfirm,
    Optional<String> callbackEndpoint, Optional<String> callbackCallerId, List<String> pickupGroups) {

  /** Nothing beyond the definition: music on hold, no whisper, no callback dialling. */
  public static final QueueExtras NONE = new QueueExtras(List.of(), List.of(), Optional.empty(), Optional.empty(),
      Optional.empty(), List.of());

  /** Copies the lists and rejects nulls. */
  public QueueExtras {
    playlist = List.copyOf(playlist);
    agentAnnounce = List.copyOf(agentAnnounce);
    Objects.requireNonNull(agentConfirm, "agentConfirm");
    Objects.requireNonNull(callbackEndpoint, "callbackEndpoint");
    Objects.requireNonNull(callbackCallerId, "callbackCallerId");
    pickupGroups = List.copyOf(pickupGroups);
  }

  /** Extras without pickup groups. */
  public QueueExtras(List<String> playlist, List<String> agentAnnounce, Optional<AgentConfirm> agentConfirm,
      Optional<String> callbackEndpoint, Optional<String> callbackCallerId) {
    this(playlist, agentAnnounce, agentConfirm, callbackEndpoint, callbackCallerId, List.of());
  }

  /** The endpoint dialling {@code number} for a callback, if callbacks dial anywhere. */
  public Optional<String> callbackEndpointFor(String number) {
    return callbackEndpoint.map(pattern -> pattern.replace("{number}", number));
  }

  /**
   * The agent's confirmation: a prompt, then one key.
   *
   * @param prompt media played to the agent
   * @param accept the key that takes the call
   */
  public record AgentConfirm(List<String> prompt, String accept) {
    /** Copies the prompt. */
    public AgentConfirm {
      prompt = List.copyOf(prompt);
      Objects.requireNonNull(accept, "accept");
    }
  }
}
