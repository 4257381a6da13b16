package io.ariflow.flows.steps;

/** Where a dial (or transfer) is as a whole; see {@link DialPhaseTable}. */
public enum DialPhase {
  /** Targets are ringing; nobody has answered. */
  RINGING,
  /** A callee answered and hears the announcement or the screening prompt. */
  CONFIRMING,
  /** The caller and the callee are being put into a bridge. */
  BRIDGING,
  /** They talk. */
  BRIDGED,
  /** Someone picked the ringing call up: the caller talks with the picker in the host's bridge. */
  PICKED_UP,
  /** The dial is over (nobody answered, or the bridge ended). */
  DONE
}
