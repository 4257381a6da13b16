package io.ariflow.flows.state;

import static io.ariflow.flows.state.ChannelInput.DESTROYED;
import static io.ariflow.flows.state.ChannelInput.ENTERED_BRIDGE;
import static io.ariflow.flows.state.ChannelInput.HANGUP_REQUESTED;
import static io.ariflow.flows.state.ChannelInput.LEFT_BRIDGE;
import static io.ariflow.flows.state.ChannelInput.OBSERVED;
import static io.ariflow.flows.state.ChannelInput.STASIS_END;
import static io.ariflow.flows.state.ChannelInput.STASIS_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChannelLifeTableTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(ChannelLifeTable.TABLE);

  private static StateCursor<ChannelLife, ChannelInput> known() {
    return Cursors.at(ChannelLifeTable.TABLE, ChannelLife.KNOWN, COVERAGE);
  }

  @Test
  void sip_caller_hung_up_in_stasis_ends_hung_up_without_channel_destroyed() {
    assertEquals(ChannelLife.HUNG_UP,
        Cursors.feed(known(), STASIS_START, OBSERVED, HANGUP_REQUESTED, STASIS_END));
  }

  @Test
  void originated_channel_is_seen_before_stasis_and_destroyed_after_repeated_hangup_requests() {
    assertEquals(ChannelLife.DESTROYED, Cursors.feed(known(), OBSERVED, STASIS_START, HANGUP_REQUESTED,
        OBSERVED, HANGUP_REQUESTED, STASIS_END, OBSERVED, HANGUP_REQUESTED, DESTROYED));
  }

  @Test
  void agent_hanging_up_inside_a_bridge_leaves_it_before_stasis_end() {
    assertEquals(ChannelLife.DESTROYED, Cursors.feed(known(), STASIS_START, ENTERED_BRIDGE,
        HANGUP_REQUESTED, LEFT_BRIDGE, STASIS_END, DESTROYED));
  }

  @Test
  void whisper_channel_leaves_bridge_and_stasis_without_a_hangup_request() {
    assertEquals(ChannelLife.LEFT_STASIS,
        Cursors.feed(known(), STASIS_START, ENTERED_BRIDGE, LEFT_BRIDGE, STASIS_END));
  }

  @Test
  void continued_channel_is_still_observed_until_it_hangs_up() {
    assertEquals(ChannelLife.HUNG_UP,
        Cursors.feed(known(), STASIS_START, STASIS_END, OBSERVED, HANGUP_REQUESTED));
  }

  @Test
  void continue_into_a_missing_context_is_destroyed_without_a_hangup_request() {
    assertEquals(ChannelLife.DESTROYED, Cursors.feed(known(), STASIS_START, STASIS_END, DESTROYED));
  }

  @Test
  void continued_channel_may_enter_stasis_again() {
    assertEquals(ChannelLife.IN_STASIS, Cursors.feed(known(), STASIS_START, STASIS_END, STASIS_START));
  }

  @Test
  void other_half_of_a_local_pair_hangs_up_twice_and_is_destroyed_outside_stasis() {
    assertEquals(ChannelLife.DESTROYED,
        Cursors.feed(known(), OBSERVED, HANGUP_REQUESTED, HANGUP_REQUESTED, DESTROYED));
  }

  @Test
  void channel_seen_outside_stasis_may_be_destroyed_without_a_hangup_request() {
    assertEquals(ChannelLife.DESTROYED, Cursors.feed(known(), DESTROYED));
  }

  @Test
  void bridge_leave_may_arrive_after_stasis_end_or_channel_destroyed() {
    assertEquals(ChannelLife.LEFT_STASIS, Cursors.feed(known(), STASIS_START, STASIS_END, LEFT_BRIDGE));
    assertEquals(ChannelLife.HUNG_UP,
        Cursors.feed(known(), STASIS_START, HANGUP_REQUESTED, STASIS_END, LEFT_BRIDGE));
    assertEquals(ChannelLife.DESTROYED, Cursors.feed(known(), STASIS_START, HANGUP_REQUESTED,
        STASIS_END, DESTROYED, LEFT_BRIDGE));
  }

  @Test
  void a_destroyed_channel_accepts_only_trailing_snapshot_events_and_a_late_bridge_leave() {
    StateCursor<ChannelLife, ChannelInput> cursor = known();
    assertEquals(ChannelLife.DESTROYED, Cursors.feed(cursor, DESTROYED, OBSERVED));
    for (ChannelInput input : ChannelInput.values()) {
      assertEquals(input == LEFT_BRIDGE || input == OBSERVED, cursor.lookup(input).isPresent(), input.name());
    }
  }

  @Test
  void stasis_end_before_stasis_start_is_refused_with_what_is_accepted() {
    StateCursor<ChannelLife, ChannelInput> cursor = known();
    IllegalTransition report = cursor.refuse("chan-1", STASIS_END, "StasisEnd t1");
    assertEquals(ChannelLife.KNOWN, report.from());
    assertTrue(report.reason().contains("no row for (KNOWN, STASIS_END)"), report.reason());
    assertTrue(report.reason().contains("STASIS_START"), report.reason());
  }
}
