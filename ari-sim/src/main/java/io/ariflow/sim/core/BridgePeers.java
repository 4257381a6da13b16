package io.ariflow.sim.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Maintains the BRIDGEPEER / BRIDGEPVTCALLID variables Asterisk sets on bridged channels, which show up as
 * ChannelVarset churn whenever a bridge's participants change. Only changed values are announced.
 */
final class BridgePeers {

  private final SimCore core;

  BridgePeers(SimCore core) {
    this.core = core;
  }

  /** Recomputes every member's peers; {@code joined} (may be null) is updated first, as Asterisk does. */
  void refresh(Bridge bridge, Channel joined) {
    int participants = bridge.members.size() + bridge.pseudo.size();
    if (participants < 2) {
      return;
    }
    List<Channel> order = new ArrayList<>(bridge.members);
    if (joined != null && participants > 2 && order.remove(joined)) {
      order.add(0, joined);
    }
    for (Channel member : order) {
      set(member, peersOf(bridge, member, member == joined || participants == 2));
      pvtCallId(bridge, member);
    }
  }

  /** A leaving channel's BRIDGEPEER is cleared. */
  void clear(Channel ch) {
    if (!ch.bridgePeer.isEmpty()) {
      set(ch, "");
    }
    if (!ch.bridgePvtCallId.isEmpty()) {
      ch.bridgePvtCallId = "";
      core.notifier.channel(ch, core.events.varset(ch, "BRIDGEPVTCALLID", ""));
    }
  }

  private String peersOf(Bridge bridge, Channel member, boolean joinOrder) {
    List<String> names = new ArrayList<>();
    for (Channel other : bridge.members) {
      if (other != member) {
        names.add(other.name);
      }
    }
    if (!joinOrder) {
      java.util.Collections.reverse(names);
    }
    names.addAll(bridge.pseudo);
    return String.join(",", names);
  }

  private void pvtCallId(Bridge bridge, Channel member) {
    String value = "";
    if (bridge.members.size() == 2) {
      Channel other = bridge.members.get(0) == member ? bridge.members.get(1) : bridge.members.get(0);
      value = other.kind == ChannelKind.PJSIP ? other.protocolId : "";
    }
    if (!value.equals(member.bridgePvtCallId)) {
      member.bridgePvtCallId = value;
      core.notifier.channel(member, core.events.varset(member, "BRIDGEPVTCALLID", value));
    }
  }

  private void set(Channel ch, String value) {
    if (!value.equals(ch.bridgePeer)) {
      ch.bridgePeer = value;
      core.notifier.channel(ch, core.events.varset(ch, "BRIDGEPEER", value));
    }
  }
}
