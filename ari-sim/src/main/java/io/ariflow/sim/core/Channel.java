package io.ariflow.sim.core;

import io.ariflow.sim.clock.AsteriskTime;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One simulated channel. Mutable state owned by the simulator's event loop; everything optional is
 * allocated lazily so that 10,000 idle channels stay small.
 */
public final class Channel {

  final String id;
  final String name;
  final ChannelKind kind;
  final Instant created;
  ChannelState state;
  String protocolId = "";
  Party caller = Party.EMPTY;
  Party connected = Party.EMPTY;
  String accountcode = "";
  String language = "en";
  String context;
  String exten;
  int priority = 1;
  String appName = "";
  String appData = "";
  /** app_name/app_data an ARI-created Local ;1 shows outside Stasis (AppDial2 or empty). */
  String homeAppName = "";
  String homeAppData = "";
  Map<String, String> vars;
  /** The other half of a Local pair. */
  Channel partner;
  /** "PJSIP/sipp" for endpoint-owned channels. */
  String endpoint;
  String stasisApp;
  List<String> stasisArgs;
  Bridge bridge;
  boolean tearingDown;
  boolean destroyed;
  boolean answeredOnce;
  long dialplanTimer = -1;
  long dialTimer = -1;
  /** What happens to a waiting Local ;1 when its ;2 answers (enter Stasis, run dialplan, or nothing). */
  Runnable onPartnerAnswer;
  /** Dial string reported in Dial events for this outbound channel ("answer@answer-wait"); null if none. */
  String dialstring;
  /** Set once /dial has started this channel's far end. */
  boolean dialing;
  /** The caller given to /dial, to which Dial events also belong. */
  Channel dialCaller;
  ArrayDeque<Playback> playbackQueue;
  Playback playback;
  LiveRecording recording;
  int talkThresholdMs = -1;
  Channel snoopTarget;
  List<Channel> snoops;
  String bridgePeer = "";
  /** A control-API listener (a scripted caller) told of every event about this channel; usually null. */
  Consumer<JsonObject> observer;
  private String creationText;
  /** A caller-id change that reaches this Local ;2 only when its dialplan next runs (or when it ends). */
  Party pendingCaller;
  /** The caller's RTP has started flowing (first speech). */
  boolean mediaFlowing;
  /** /dial was called but the "Dial" start event waits for the first progress, as Asterisk orders them. */
  boolean dialStartPending;
  /** A Local ;1 sent into a nonexistent context reports one last ChannelDialplan after ChannelDestroyed. */
  boolean dialplanAfterDestroy;
  String bridgePvtCallId = "";

  Channel(String id, String name, ChannelKind kind, ChannelState state, Instant created) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.state = state;
    this.created = created;
  }

  /** {@code creationtime} as Asterisk writes it, formatted on first use (every snapshot carries it). */
  String creationtime() {
    if (creationText == null) {
      creationText = AsteriskTime.format(created);
    }
    return creationText;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ChannelState state() {
    return state;
  }

  public ChannelKind kind() {
    return kind;
  }

  public boolean inStasis() {
    return stasisApp != null;
  }

  String var(String key) {
    return vars == null ? null : vars.get(key);
  }

  void setVar(String key, String value) {
    if (vars == null) {
      vars = new HashMap<>(4);
    }
    vars.put(key, value);
  }

  ArrayDeque<Playback> queue() {
    if (playbackQueue == null) {
      playbackQueue = new ArrayDeque<>(2);
    }
    return playbackQueue;
  }

  void addSnoop(Channel snoop) {
    if (snoops == null) {
      snoops = new ArrayList<>(1);
    }
    snoops.add(snoop);
  }

  void location(String ctx, String ext, int prio, String app, String data) {
    context = ctx;
    exten = ext;
    priority = prio;
    appName = app;
    appData = data;
  }

  boolean alive() {
    return !destroyed && !tearingDown;
  }
}
