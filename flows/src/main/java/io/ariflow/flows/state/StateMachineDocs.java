package io.ariflow.flows.state;

import java.util.List;

/**
 * The page of this package's tables (channel and bridge machines), generated into
 * {@code flows/docs/state-machines.md}.
 */
public final class StateMachineDocs {

  /** The page. */
  public static final StateMachinePage PAGE = new StateMachinePage("Channel and bridge state machines",
      "Generated from the transition tables in `io.ariflow.flows.state` by `StateMachineDocsTest`;"
          + " do not edit by hand. Anything not listed is illegal and is reported with the object's"
          + " recent history. Self-rows (`(same)`) are tolerated repeats, declared on purpose.",
      List.of(ChannelLifeTable.TABLE, BridgeMembershipTable.TABLE, ChannelStateTable.TABLE, BridgeTable.TABLE));

  private StateMachineDocs() {
  }
}
