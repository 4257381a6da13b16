package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.resource.Channel;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SignalsTest {

  private static ChannelInput channelInput(AriEvent event, String channelId) {
    return ChannelSignals.signalFor(event, channelId).orElseThrow().input();
  }

  @Test
  void lifecycle_events_map_to_their_channel_inputs() {
    assertEquals(ChannelInput.STASIS_START, channelInput(Events.stasisStart("c1", "Ring"), "c1"));
    assertEquals(ChannelInput.STASIS_END, channelInput(Events.stasisEnd("c1"), "c1"));
    assertEquals(ChannelInput.HANGUP_REQUESTED, channelInput(Events.hangupRequest("c1", null), "c1"));
    assertEquals(ChannelInput.DESTROYED, channelInput(Events.destroyed("c1", 16), "c1"));
    assertEquals(ChannelInput.ENTERED_BRIDGE, channelInput(Events.entered("b1", "c1", "c1"), "c1"));
    assertEquals(ChannelInput.LEFT_BRIDGE, channelInput(Events.left("b1", "c1"), "c1"));
    assertEquals(ChannelInput.OBSERVED, channelInput(Events.stateChange("c1", "Up"), "c1"));
  }

  @Test
  void hangup_and_bridge_signals_carry_cause_and_bridge() {
    ChannelSignal destroyed = ChannelSignals.signalFor(Events.destroyed("c1", 19), "c1").orElseThrow();
    assertEquals(OptionalInt.of(19), destroyed.cause());
    ChannelSignal noCause = ChannelSignals.signalFor(Events.hangupRequest("c1", null), "c1").orElseThrow();
    assertEquals(OptionalInt.empty(), noCause.cause());
    ChannelSignal entered = ChannelSignals.signalFor(Events.entered("b1", "c1", "c1"), "c1").orElseThrow();
    assertEquals(Optional.of("b1"), entered.bridgeId());
  }

  @Test
  void events_with_several_channels_concern_each_and_only_the_subject_gets_the_lifecycle_input() {
    AriEvent dial = Events.dial("leg", "Down", "caller", "");
    assertEquals(List.of("leg", "caller"), ChannelSignals.channelsOf(dial).stream().map(Channel::id).toList());
    assertEquals(ChannelInput.OBSERVED, channelInput(dial, "caller"));
    AriEvent replacing = Events.replacingStasisStart("new", "old");
    assertEquals(ChannelInput.STASIS_START, channelInput(replacing, "new"));
    assertEquals(ChannelInput.OBSERVED, channelInput(replacing, "old"));
    AriEvent attended = Events.attendedTransfer("x", "b1", "y", "b2");
    assertEquals(List.of("x", "y"), ChannelSignals.channelsOf(attended).stream().map(Channel::id).toList());
  }

  @Test
  void events_without_the_channel_map_to_nothing() {
    assertTrue(ChannelSignals.channelsOf(Events.globalVarset()).isEmpty());
    assertTrue(ChannelSignals.channelsOf(Events.playbackStarted()).isEmpty());
    assertTrue(ChannelSignals.signalFor(Events.stasisStart("c1", "Up"), "c2").isEmpty());
  }

  @Test
  void bridge_events_map_to_one_signal_per_bridge_named() {
    assertEquals(List.of(new BridgeSignal("b1", BridgeInput.ENTERED, Optional.of("c1"))),
        BridgeSignals.signalsOf(Events.entered("b1", "c1", "c1")));
    assertEquals(BridgeInput.LEFT, BridgeSignals.signalsOf(Events.left("b1", "c1")).get(0).input());
    assertEquals(BridgeInput.ANNOUNCED,
        BridgeSignals.signalsOf(Events.bridgeEvent("BridgeCreated", "b1")).get(0).input());
    assertEquals(BridgeInput.DESTROYED,
        BridgeSignals.signalsOf(Events.bridgeEvent("BridgeDestroyed", "b1")).get(0).input());
    assertEquals(List.of("into", "from"), BridgeSignals.signalsOf(Events.merged("into", "from")).stream()
        .map(BridgeSignal::bridgeId).toList());
    assertEquals(List.of("b1", "b2"), BridgeSignals.signalsOf(Events.attendedTransfer("x", "b1", "y", "b2"))
        .stream().map(BridgeSignal::bridgeId).toList());
    assertEquals(BridgeInput.TRANSFERRED,
        BridgeSignals.signalFor(Events.blindTransfer("x", "b1"), "b1").orElseThrow().input());
  }

  @Test
  void events_without_a_bridge_map_to_no_bridge_signal() {
    assertTrue(BridgeSignals.signalsOf(Events.stasisStart("c1", "Up")).isEmpty());
    assertTrue(BridgeSignals.signalsOf(Events.playbackStarted()).isEmpty());
    assertTrue(BridgeSignals.signalFor(Events.entered("b1", "c1", "c1"), "b2").isEmpty());
  }
}
