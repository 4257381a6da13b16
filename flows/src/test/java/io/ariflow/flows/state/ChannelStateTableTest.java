package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ChannelStateTableTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(ChannelStateTable.TABLE);

  private static AriChannelState walk(String path) {
    AriChannelState[] states = Arrays.stream(path.split(" "))
        .map(AriChannelState::valueOf).toArray(AriChannelState[]::new);
    StateCursor<AriChannelState, AriChannelState> cursor =
        Cursors.at(ChannelStateTable.TABLE, states[0], COVERAGE);
    return Cursors.feed(cursor, Arrays.copyOfRange(states, 1, states.length));
  }

  @Test
  void inbound_sip_call_rings_then_is_answered() {
    assertEquals(AriChannelState.UP, walk("RING UP"));
  }

  @Test
  void outbound_leg_created_down_rings_then_answers_or_answers_at_once() {
    assertEquals(AriChannelState.UP, walk("DOWN RINGING UP"));
    assertEquals(AriChannelState.UP, walk("DOWN UP"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "DOWN BUSY DOWN",
      "DOWN RINGING BUSY DOWN",
      "DOWN RINGING DOWN",
      "DOWN DIALING RINGING UP",
      "DOWN DIALING BUSY",
      "DOWN DIALING UP",
      "DOWN DIALING DOWN",
      "DOWN RSRVD DIALING",
      "RSRVD DOWN",
      "RSRVD UP",
      "DOWN OFFHOOK DIALING_OFFHOOK DIALING",
      "OFFHOOK DIALING_OFFHOOK RINGING",
      "OFFHOOK DIALING_OFFHOOK UP",
      "OFFHOOK DIALING_OFFHOOK DOWN",
      "OFFHOOK DIALING",
      "OFFHOOK RING RINGING",
      "OFFHOOK UP",
      "OFFHOOK DOWN",
      "DOWN PRE_RING RING DOWN",
      "PRE_RING UP",
      "PRE_RING DOWN",
      "DOWN RING UP"
  })
  void analog_and_outbound_progressions_are_legal(String path) {
    String[] states = path.split(" ");
    assertEquals(AriChannelState.valueOf(states[states.length - 1]), walk(path));
  }

  @ParameterizedTest
  @EnumSource(AriChannelState.class)
  void every_state_tolerates_a_repeated_report_of_itself(AriChannelState state) {
    assertEquals(state, walk(state.name() + " " + state.name()));
  }

  @ParameterizedTest
  @EnumSource(value = AriChannelState.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void a_state_this_build_does_not_know_is_accepted_from_and_back_to_every_state(AriChannelState state) {
    assertEquals(state, walk(state.name() + " UNKNOWN " + state.name()));
  }

  @Test
  void an_answered_channel_never_goes_back_to_ringing_or_down() {
    assertTrue(ChannelStateTable.TABLE.find(AriChannelState.UP, AriChannelState.RINGING).isEmpty());
    assertTrue(ChannelStateTable.TABLE.find(AriChannelState.UP, AriChannelState.DOWN).isEmpty());
  }

  @Test
  void parses_ari_names_and_falls_back_to_unknown() {
    assertEquals(AriChannelState.DIALING_OFFHOOK, AriChannelState.parse("Dialing Offhook"));
    assertEquals(AriChannelState.PRE_RING, AriChannelState.parse("Pre-ring"));
    assertEquals(AriChannelState.OFFHOOK, AriChannelState.parse("OffHook"));
    assertEquals(AriChannelState.UNKNOWN, AriChannelState.parse("Unknown (42)"));
    assertEquals(AriChannelState.UNKNOWN, AriChannelState.parse(null));
    assertEquals("Pre-ring", AriChannelState.PRE_RING.toString());
  }
}
