package io.ariflow.flows.state;

import static io.ariflow.flows.state.AriChannelState.BUSY;
import static io.ariflow.flows.state.AriChannelState.DIALING;
import static io.ariflow.flows.state.AriChannelState.DIALING_OFFHOOK;
import static io.ariflow.flows.state.AriChannelState.DOWN;
import static io.ariflow.flows.state.AriChannelState.OFFHOOK;
import static io.ariflow.flows.state.AriChannelState.PRE_RING;
import static io.ariflow.flows.state.AriChannelState.RING;
import static io.ariflow.flows.state.AriChannelState.RINGING;
import static io.ariflow.flows.state.AriChannelState.RSRVD;
import static io.ariflow.flows.state.AriChannelState.UNKNOWN;
import static io.ariflow.flows.state.AriChannelState.UP;

/**
 * Legal changes of the ARI channel state. The input is the state a snapshot reports, so every event that
 * carries the channel is checked, and a repeated report (duplicated ChannelStateChange, or any later event
 * while the state holds) is an explicit self-row. Grounded on the traces (inbound Ring -> Up, outbound
 * Down -> Ringing / Up, Snoop born Up) and on Asterisk's analog paths (OffHook, Dialing, Pre-ring).
 * Up only moves to UNKNOWN: Asterisk never un-answers a channel.
 */
public final class ChannelStateTable {

  /** The table; UNKNOWN is reachable from and leads to every state, since we cannot judge a new value. */
  public static final TransitionTable<AriChannelState, AriChannelState> TABLE = build();

  private ChannelStateTable() {
  }

  private static TransitionTable<AriChannelState, AriChannelState> build() {
    TransitionTable.Builder<AriChannelState, AriChannelState> table =
        TransitionTable.builder("channel-state", AriChannelState.class, AriChannelState.class)
            .initial(DOWN, RING, UP, PRE_RING, OFFHOOK, RSRVD, UNKNOWN);
    for (AriChannelState state : AriChannelState.values()) {
      table.row(state, state, state);
    }
    changes(table, DOWN, RSRVD, OFFHOOK, DIALING, PRE_RING, RING, RINGING, BUSY, UP);
    changes(table, RSRVD, DOWN, DIALING, UP);
    changes(table, OFFHOOK, DOWN, DIALING_OFFHOOK, DIALING, RING, UP);
    changes(table, DIALING_OFFHOOK, DOWN, DIALING, RINGING, UP);
    changes(table, DIALING, DOWN, RINGING, BUSY, UP);
    changes(table, PRE_RING, DOWN, RING, UP);
    changes(table, RING, DOWN, RINGING, UP);
    changes(table, RINGING, DOWN, BUSY, UP);
    changes(table, BUSY, DOWN);
    for (AriChannelState state : AriChannelState.values()) {
      if (state != UNKNOWN) {
        table.row(state, UNKNOWN, UNKNOWN);
        table.row(UNKNOWN, state, state);
      }
    }
    return table.build();
  }

  private static void changes(
      TransitionTable.Builder<AriChannelState, AriChannelState> table,
      AriChannelState from, AriChannelState... targets) {
    for (AriChannelState to : targets) {
      table.row(from, to, to);
    }
  }
}
