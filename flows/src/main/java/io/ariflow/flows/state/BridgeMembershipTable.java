package io.ariflow.flows.state;

import static io.ariflow.flows.state.BridgeMembership.BRIDGED;
import static io.ariflow.flows.state.BridgeMembership.SWITCHING;
import static io.ariflow.flows.state.BridgeMembership.UNBRIDGED;

/**
 * Legal changes of a channel's bridge membership. A move between bridges is either LEFT then ENTERED
 * (observed in rest-errors) or ENTERED then LEFT (through SWITCHING); which bridge is left or entered
 * twice is checked by the machine against the ids it holds.
 */
public final class BridgeMembershipTable {

  /** The table; only ENTERED_BRIDGE and LEFT_BRIDGE inputs reach it. */
  public static final TransitionTable<BridgeMembership, ChannelInput> TABLE =
      TransitionTable.builder("channel-bridge", BridgeMembership.class, ChannelInput.class)
          .initial(UNBRIDGED)
          .row(UNBRIDGED, ChannelInput.ENTERED_BRIDGE, BRIDGED)
          .row(BRIDGED, ChannelInput.LEFT_BRIDGE, UNBRIDGED)
          .row(BRIDGED, ChannelInput.ENTERED_BRIDGE, SWITCHING)
          .row(SWITCHING, ChannelInput.LEFT_BRIDGE, BRIDGED)
          .build();

  private BridgeMembershipTable() {
  }
}
