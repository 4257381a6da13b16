package io.ariflow.flows.state;

import static io.ariflow.flows.state.ChannelInput.ENTERED_BRIDGE;
import static io.ariflow.flows.state.ChannelInput.LEFT_BRIDGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BridgeMembershipTableTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(BridgeMembershipTable.TABLE);

  private static StateCursor<BridgeMembership, ChannelInput> unbridged() {
    return Cursors.at(BridgeMembershipTable.TABLE, BridgeMembership.UNBRIDGED, COVERAGE);
  }

  @Test
  void moving_to_another_bridge_may_leave_the_old_one_first() {
    assertEquals(BridgeMembership.BRIDGED,
        Cursors.feed(unbridged(), ENTERED_BRIDGE, LEFT_BRIDGE, ENTERED_BRIDGE));
  }

  @Test
  void moving_to_another_bridge_may_enter_the_new_one_first() {
    StateCursor<BridgeMembership, ChannelInput> cursor = unbridged();
    assertEquals(BridgeMembership.SWITCHING, Cursors.feed(cursor, ENTERED_BRIDGE, ENTERED_BRIDGE));
    assertEquals(BridgeMembership.UNBRIDGED, Cursors.feed(cursor, LEFT_BRIDGE, LEFT_BRIDGE));
  }

  @Test
  void leaving_without_being_in_a_bridge_or_entering_a_third_is_refused() {
    assertTrue(unbridged().lookup(LEFT_BRIDGE).isEmpty());
    StateCursor<BridgeMembership, ChannelInput> cursor = unbridged();
    Cursors.feed(cursor, ENTERED_BRIDGE, ENTERED_BRIDGE);
    assertTrue(cursor.lookup(ENTERED_BRIDGE).isEmpty());
  }
}
