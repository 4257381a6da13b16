package io.ariflow.flows.queue.hub;

import io.ariflow.flows.queue.AgentMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last device and endpoint state seen per device, so a hub built on reload starts with what Asterisk last
 * said instead of assuming every phone is idle and registered.
 */
final class DeviceMemory {

  private final Map<String, AgentMessage.DeviceChanged> devices = new LinkedHashMap<>();
  private final Map<String, AgentMessage.EndpointChanged> endpoints = new LinkedHashMap<>();

  void remember(AgentMessage message) {
    if (message instanceof AgentMessage.DeviceChanged device) {
      devices.put(device.device().toLowerCase(Locale.ROOT), device);
    } else if (message instanceof AgentMessage.EndpointChanged endpoint) {
      endpoints.put(endpoint.endpoint().toLowerCase(Locale.ROOT), endpoint);
    }
  }

  /** The remembered states as messages, endpoints first. */
  List<AgentMessage> replay() {
    List<AgentMessage> all = new ArrayList<>(endpoints.values());
    all.addAll(devices.values());
    return all;
  }
}
