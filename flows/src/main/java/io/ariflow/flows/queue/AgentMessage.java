package io.ariflow.flows.queue;

import io.ariflow.flows.queue.agent.DeviceState;
import java.util.Optional;

/**
 * The messages about agents and devices a contact center accepts: logins and pauses from agents or
 * supervisors, and Asterisk's device and endpoint states (ARI DeviceStateChanged and EndpointStateChange),
 * which the app forwards as they arrive.
 */
public sealed interface AgentMessage {

  /** A dynamic agent logs in on {@code endpoint}, paused with a reason when {@code pausedReason} is set. */
  record Login(String agentId, String endpoint, Optional<String> pausedReason) implements AgentMessage {
    /** An unpaused login. */
    public static Login of(String agentId, String endpoint) {
      return new Login(agentId, endpoint, Optional.empty());
    }
  }

  /** The agent logs out (after its current call and wrap-up, if busy). */
  record Logout(String agentId) implements AgentMessage {
  }

  /** The agent is paused with {@code reason} (after its current call, if busy). */
  record Pause(String agentId, String reason) implements AgentMessage {
  }

  /** The agent is unpaused. */
  record Unpause(String agentId) implements AgentMessage {
  }

  /** ARI DeviceStateChanged: {@code device} (e.g. {@code PJSIP/2001}) is now {@code state}. */
  record DeviceChanged(String device, DeviceState state) implements AgentMessage {
  }

  /** ARI EndpointStateChange: {@code endpoint} ({@code PJSIP/2001}) is online or offline. */
  record EndpointChanged(String endpoint, boolean online) implements AgentMessage {
  }
}
