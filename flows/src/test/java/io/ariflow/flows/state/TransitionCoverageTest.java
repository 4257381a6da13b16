package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionCoverageTest {

  @Test
  void names_every_row_that_was_never_applied() {
    TransitionCoverage coverage = TransitionCoverage.of(BridgeMembershipTable.TABLE);
    Cursors.feed(Cursors.at(BridgeMembershipTable.TABLE, BridgeMembership.UNBRIDGED, coverage),
        ChannelInput.ENTERED_BRIDGE, ChannelInput.LEFT_BRIDGE);
    assertEquals(List.of(BridgeMembershipTable.TABLE.rows().get(2), BridgeMembershipTable.TABLE.rows().get(3)),
        coverage.unvisited(BridgeMembershipTable.TABLE));
    AssertionError error = assertThrows(AssertionError.class, () -> coverage.assertAllVisited("SomeTest"));
    assertTrue(error.getMessage().contains("channel-bridge: BRIDGED --ENTERED_BRIDGE--> SWITCHING"),
        error.getMessage());
  }

  @Test
  void passes_once_every_row_was_applied_and_ignores_other_tables() {
    TransitionCoverage coverage = TransitionCoverage.of(BridgeMembershipTable.TABLE);
    Cursors.feed(Cursors.at(BridgeMembershipTable.TABLE, BridgeMembership.UNBRIDGED, coverage),
        ChannelInput.ENTERED_BRIDGE, ChannelInput.ENTERED_BRIDGE, ChannelInput.LEFT_BRIDGE,
        ChannelInput.LEFT_BRIDGE);
    Cursors.feed(Cursors.at(ChannelLifeTable.TABLE, ChannelLife.KNOWN, coverage), ChannelInput.OBSERVED);
    coverage.assertAllVisited("SomeTest");
  }
}
