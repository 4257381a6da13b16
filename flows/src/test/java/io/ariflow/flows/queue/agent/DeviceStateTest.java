package io.ariflow.flows.queue.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeviceStateTest {

  @Test
  void ari_device_state_names_parse_and_anything_else_is_unknown() {
    assertEquals(DeviceState.NOT_INUSE, DeviceState.parse("NOT_INUSE"));
    assertEquals(DeviceState.RINGINUSE, DeviceState.parse("ringinuse"));
    assertEquals(DeviceState.UNKNOWN, DeviceState.parse("SOMETHING"));
  }

  @Test
  void only_idle_devices_ring_unless_ring_in_use_allows_busy_reachable_ones() {
    assertTrue(DeviceState.UNKNOWN.ringable(false));
    assertFalse(DeviceState.ONHOLD.ringable(false));
    assertTrue(DeviceState.ONHOLD.ringable(true));
    assertFalse(DeviceState.INVALID.ringable(true));
    assertFalse(DeviceState.UNAVAILABLE.ringable(true));
  }

  @Test
  void local_channel_devices_drop_their_options_as_app_queue_does() {
    assertEquals("local/2001@agents", DeviceNames.of("Local/2001@agents/n"));
    assertEquals("pjsip/2001", DeviceNames.of("PJSIP/2001"));
    assertEquals("local/2001@agents", DeviceNames.of("Local/2001@agents"));
  }
}
