package io.ariflow.flows.state;

import static io.ariflow.flows.state.BridgeState.ACTIVE;
import static io.ariflow.flows.state.BridgeState.CREATED;
import static io.ariflow.flows.state.BridgeState.DESTROYED;
import static io.ariflow.flows.state.BridgeState.EMPTY;

/**
 * Legal changes of a bridge. After DELETE the traces show ChannelLeftBridge and BridgeDestroyed arriving
 * after the 204 (originate-dial-bridge, conference-bridge, and snoop-spy-whisper, where BridgeDestroyed of
 * one bridge came with the DELETE of the next), so a destroyed bridge tolerates those late events.
 */
public final class BridgeTable {

  /** The table. */
  public static final TransitionTable<BridgeState, BridgeInput> TABLE =
      TransitionTable.builder("bridge", BridgeState.class, BridgeInput.class)
          .initial(CREATED)
          .tolerate(BridgeInput.ANNOUNCED, CREATED)
          .row(CREATED, BridgeInput.ENTERED, ACTIVE)
          .tolerate(BridgeInput.MERGED, CREATED)
          .row(CREATED, BridgeInput.DESTROYED, DESTROYED)
          .row(CREATED, BridgeInput.DELETED, DESTROYED)
          .tolerate(BridgeInput.ENTERED, ACTIVE)
          .tolerate(BridgeInput.LEFT, ACTIVE)
          .row(ACTIVE, BridgeInput.LAST_LEFT, EMPTY)
          .tolerate(BridgeInput.MERGED, ACTIVE)
          .tolerate(BridgeInput.TRANSFERRED, ACTIVE)
          .row(ACTIVE, BridgeInput.DELETED, DESTROYED)
          .row(EMPTY, BridgeInput.ENTERED, ACTIVE)
          .tolerate(BridgeInput.MERGED, EMPTY)
          .tolerate(BridgeInput.TRANSFERRED, EMPTY)
          .row(EMPTY, BridgeInput.DESTROYED, DESTROYED)
          .row(EMPTY, BridgeInput.DELETED, DESTROYED)
          .tolerate(BridgeInput.LEFT, DESTROYED)
          .tolerate(BridgeInput.LAST_LEFT, DESTROYED)
          .tolerate(BridgeInput.DESTROYED, DESTROYED)
          .tolerate(BridgeInput.DELETED, DESTROYED)
          .build();

  private BridgeTable() {
  }
}
