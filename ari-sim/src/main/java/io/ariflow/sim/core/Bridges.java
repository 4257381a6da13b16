package io.ariflow.sim.core;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bridges: create, add/remove/move channels, MOH and destroy. An application's subscription to a bridge
 * is taken when one of its Stasis channels enters and released when it leaves by removeChannel, move or
 * DELETE; a channel that hangs up inside keeps it, which is why BridgeDestroyed arrives only sometimes.
 */
public final class Bridges {

  private static final Set<String> TYPES =
      Set.of("mixing", "holding", "dtmf_events", "proxy_media", "video_sfu", "video_single", "sdp_label");

  private final SimCore core;

  Bridges(SimCore core) {
    this.core = core;
  }

  public JsonObject create(String type, String bridgeId, String name) {
    List<String> attrs = type == null || type.isEmpty() ? List.of("mixing") : List.of(type.split(","));
    if (!TYPES.containsAll(attrs) || bridgeId != null && core.bridges.containsKey(bridgeId)) {
      throw AriError.of(500, "Unable to create bridge. Possible duplicate bridge id '"
          + (bridgeId == null ? "(null)" : bridgeId) + "'");
    }
    String id = bridgeId == null || bridgeId.isEmpty() ? core.ids.uuid() : bridgeId;
    Bridge bridge = new Bridge(id, name == null ? "" : name, attrs.contains("holding") ? "holding" : "mixing",
        core.clock.now());
    core.bridges.put(id, bridge);
    core.notifier.bridge(bridge, core.events.bridge("BridgeCreated", bridge));
    return bridge.toJson();
  }

  public Bridge require(String id) {
    Bridge b = core.bridges.get(id);
    if (b == null) {
      throw AriError.notFound("Bridge not found");
    }
    return b;
  }

  public JsonArray list() {
    JsonArray all = new JsonArray();
    core.bridges.values().forEach(b -> all.add(b.toJson()));
    return all;
  }

  public void addChannels(String bridgeId, List<String> channelIds) {
    if (channelIds == null || channelIds.isEmpty()) {
      throw AriError.badRequest("Missing parameter channel");
    }
    Bridge bridge = require(bridgeId);
    List<Channel> chans = new ArrayList<>();
    for (String id : channelIds) {
      Channel ch = core.channelRegistry.find(id);
      if (ch == null || ch.destroyed) {
        throw AriError.badRequest("Channel not found");
      }
      if (!ch.inStasis()) {
        throw AriError.of(422, "Channel not in Stasis application");
      }
      chans.add(ch);
    }
    for (Channel ch : chans) {
      if (ch.bridge == bridge) {
        continue;
      }
      if (ch.bridge != null) {
        leave(ch, true);
      }
      enter(bridge, ch);
    }
  }

  public void removeChannels(String bridgeId, List<String> channelIds) {
    if (channelIds == null || channelIds.isEmpty()) {
      throw AriError.badRequest("Missing parameter channel");
    }
    Bridge bridge = require(bridgeId);
    List<Channel> chans = new ArrayList<>();
    for (String id : channelIds) {
      Channel ch = core.channelRegistry.find(id);
      if (ch == null || ch.destroyed) {
        throw AriError.badRequest("Channel not found");
      }
      if (ch.bridge != bridge) {
        throw AriError.of(422, "Channel not in this bridge");
      }
      chans.add(ch);
    }
    chans.forEach(ch -> leave(ch, true));
  }

  public void destroy(String id) {
    Bridge bridge = require(id);
    bridge.destroyed = true;
    List<Channel> leaving = new ArrayList<>(bridge.members);
    java.util.Collections.reverse(leaving);
    leaving.forEach(ch -> leave(ch, true));
    core.playbackOps.bridgeGone(bridge);
    core.recordings.bridgeGone(bridge);
    core.bridges.remove(id);
    core.notifier.bridge(bridge, core.events.bridge("BridgeDestroyed", bridge));
    core.apps.forgetBridge(id);
  }

  public void startMoh(String id) {
    Bridge bridge = require(id);
    if (bridge.mohName == null) {
      bridge.mohName = pseudoName(bridge, "Announcer/ARI_MOH-");
    }
  }

  /** The announcer leaves quietly; its absence shows in BRIDGEPEER at the next change (as observed). */
  public void stopMoh(String id) {
    Bridge bridge = require(id);
    if (bridge.mohName != null) {
      bridge.pseudo.remove(bridge.mohName);
      bridge.mohName = null;
    }
  }

  /** Adds a pseudo participant (announcer, recorder) which takes a Local-sequence name and two ids. */
  String pseudoName(Bridge bridge, String prefix) {
    core.ids.uniqueId(core.clock.now());
    core.ids.uniqueId(core.clock.now());
    String name = prefix + core.ids.nextUnrealSuffix() + ";2";
    core.bridgePeers.reannounce(bridge, null);
    bridge.pseudo.add(name);
    core.bridgePeers.refresh(bridge, null);
    return name;
  }

  void removePseudo(Bridge bridge, String name) {
    if (name != null && bridge.pseudo.remove(name)) {
      core.bridgePeers.refresh(bridge, null);
    }
  }

  private void enter(Bridge bridge, Channel ch) {
    bridge.members.add(ch);
    ch.bridge = bridge;
    SimApp app = core.apps.find(ch.stasisApp);
    if (app != null) {
      app.refBridge(bridge.id);
    }
    core.notifier.channelInBridge(ch, bridge, core.events.bridgeMembership("ChannelEnteredBridge", bridge, ch));
    boolean wasSimple = bridge.technology.equals("simple_bridge");
    bridge.reevaluateTechnology();
    core.bridgePeers.refresh(bridge, ch);
    if (wasSimple && bridge.technology.equals("softmix")) {
      core.bridgePeers.reannounce(bridge, ch);
      core.bridgePeers.reannounce(bridge, ch);
    }
  }

  /** Leaves the bridge; {@code explicit} (removeChannel, move, DELETE) also drops the app's bridge subscription. */
  void leave(Channel ch, boolean explicit) {
    Bridge bridge = ch.bridge;
    bridge.members.remove(ch);
    ch.bridge = null;
    core.bridgePeers.clear(ch);
    core.notifier.channelInBridge(ch, bridge, core.events.bridgeMembership("ChannelLeftBridge", bridge, ch));
    bridge.reevaluateTechnology();
    if (explicit && ch.stasisApp != null) {
      SimApp app = core.apps.find(ch.stasisApp);
      if (app != null) {
        app.unrefBridge(bridge.id);
      }
    }
    if (!bridge.destroyed) {
      core.bridgePeers.refresh(bridge, null);
    }
  }
}
