package io.ariflow.sim.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Maintains what Asterisk sets on bridged channels: BRIDGEPEER and BRIDGEPVTCALLID (ChannelVarset churn
 * whenever participants change; "forced" rounds re-announce unchanged values, as Asterisk does when the
 * bridge technology switches or a snoop or announcer attaches) and, in two-party bridges, the connected
 * line of Local channels (ChannelConnectedLine), which reaches the Local partner as its caller id later.
 */
final class BridgePeers {

  private final SimCore core;

  BridgePeers(SimCore core) {
    this.core = core;
  }

  /** Recomputes every member's peers; {@code joined} (may be null) is updated first, as Asterisk does. */
  void refresh(Bridge bridge, Channel joined) {
    round(bridge, joined, false);
    connectedLines(bridge, joined);
  }

  /** Re-announces every member's values even when unchanged. */
  void reannounce(Bridge bridge, Channel joined) {
    round(bridge, joined, true);
  }

  /** A leaving channel's BRIDGEPEER is cleared. */
  void clear(Channel ch) {
    if (!ch.bridgePeer.isEmpty()) {
      ch.bridgePeer = "";
      set(ch, "BRIDGEPEER", "");
    }
    if (!ch.bridgePvtCallId.isEmpty()) {
      ch.bridgePvtCallId = "";
      set(ch, "BRIDGEPVTCALLID", "");
    }
  }

  private void round(Bridge bridge, Channel joined, boolean force) {
    int participants = bridge.members.size() + bridge.pseudo.size();
    if (participants < 2) {
      return;
    }
    for (Channel member : order(bridge, joined, participants)) {
      String peers = peersOf(bridge, member, member == joined || participants == 2);
      if (force || !peers.equals(member.bridgePeer)) {
        member.bridgePeer = peers;
        set(member, "BRIDGEPEER", peers);
      }
      String pvt = pvtCallId(bridge, member);
      if (force && !pvt.isEmpty() || !pvt.equals(member.bridgePvtCallId)) {
        member.bridgePvtCallId = pvt;
        set(member, "BRIDGEPVTCALLID", pvt);
      }
    }
  }

  /** In a two-party bridge a Local channel's connected line becomes its peer's caller id. */
  private void connectedLines(Bridge bridge, Channel joined) {
    if (bridge.members.size() != 2) {
      return;
    }
    for (Channel member : order(bridge, joined, 2)) {
      Channel other = bridge.members.get(0) == member ? bridge.members.get(1) : bridge.members.get(0);
      boolean local = member.kind == ChannelKind.LOCAL_1 || member.kind == ChannelKind.LOCAL_2;
      if (local && !other.caller.equals(member.connected)) {
        member.connected = other.caller;
        core.notifier.channel(member, core.events.onChannel("ChannelConnectedLine", member));
        if (member.partner != null && member.partner.alive()) {
          member.partner.pendingCaller = other.caller;
        }
      }
    }
  }

  private static List<Channel> order(Bridge bridge, Channel joined, int participants) {
    List<Channel> order = new ArrayList<>(bridge.members);
    if (joined != null && participants > 2 && order.remove(joined)) {
      order.add(0, joined);
    }
    return order;
  }

  private static String peersOf(Bridge bridge, Channel member, boolean joinOrder) {
    List<String> names = new ArrayList<>();
    for (Channel other : bridge.members) {
      if (other != member) {
        names.add(other.name);
      }
    }
    if (!joinOrder) {
      Collections.reverse(names);
    }
    names.addAll(bridge.pseudo);
    return String.join(",", names);
  }

  private static String pvtCallId(Bridge bridge, Channel member) {
    if (bridge.members.size() != 2) {
      return "";
    }
    Channel other = bridge.members.get(0) == member ? bridge.members.get(1) : bridge.members.get(0);
    return other.kind == ChannelKind.PJSIP ? other.protocolId : "";
  }

  private void set(Channel ch, String variable, String value) {
    core.notifier.channel(ch, core.events.varset(ch, variable, value));
  }
}
