package io.ariflow.sim.core;

import io.ariflow.sim.SimOptions;
import io.ariflow.sim.clock.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One running "Asterisk": registries and the services that act on them. Everything runs on the
 * simulator's event-loop context. A restart throws the whole core away and builds a new one, so ids,
 * channels and bridges start afresh exactly as after {@code core restart now}.
 */
public final class SimCore {

  final SimOptions options;
  final SimClock clock;
  final Ids ids;
  final Apps apps = new Apps();
  final Events events;
  final Notifier notifier;
  final Instant startup;
  final Map<String, Channel> channels = new LinkedHashMap<>();
  final Map<String, Bridge> bridges = new LinkedHashMap<>();
  final Map<String, Playback> playbacks = new HashMap<>();
  final Map<String, String> globals = new HashMap<>();
  private boolean alive = true;

  final Channels channelRegistry;
  final Teardown teardown;
  final Stasis stasis;
  final DialplanRunner runner;
  final PhoneRunner phones;
  final BridgePeers bridgePeers;
  final Variables variables;
  private final ChannelOps channelOps;
  private final Originator originator;
  private final Dialer dialer;
  private final Snoops snoops;
  private final Bridges bridgeOps;
  final Playbacks playbackOps;
  final Recordings recordings;
  private final DeviceStates devices;
  final Endpoints endpoints;
  private final Mailboxes mailboxes;
  private final Subscriptions subscriptions;
  private final Callers callers;

  public SimCore(SimOptions options, SimClock clock) {
    this(options, clock, new Persisted());
  }

  /** A core that finds the recordings, device states and mailboxes of earlier cores in {@code persisted}. */
  public SimCore(SimOptions options, SimClock clock, Persisted persisted) {
    this.options = options;
    this.clock = clock;
    this.ids = new Ids(options.seed() + 7919L * persisted.nextGeneration());
    this.startup = clock.now();
    this.events = new Events(clock, options.channelVars());
    this.notifier = new Notifier(apps, options.entityId(), clock);
    this.channelRegistry = new Channels(this);
    this.teardown = new Teardown(this);
    this.stasis = new Stasis(this);
    this.runner = new DialplanRunner(this);
    this.phones = new PhoneRunner(this);
    this.bridgePeers = new BridgePeers(this);
    this.variables = new Variables(this);
    this.channelOps = new ChannelOps(this);
    this.originator = new Originator(this);
    this.dialer = new Dialer(this);
    this.snoops = new Snoops(this);
    this.bridgeOps = new Bridges(this);
    this.playbackOps = new Playbacks(this);
    this.recordings = new Recordings(this, persisted.recordings);
    this.devices = new DeviceStates(this, persisted.deviceStates);
    this.endpoints = new Endpoints(this, options.endpoints());
    this.mailboxes = new Mailboxes(persisted.mailboxes);
    this.subscriptions = new Subscriptions(this);
    this.callers = new Callers(this);
  }

  public SimOptions options() { return options; }
  public SimClock clock() { return clock; }
  public Instant startup() { return startup; }
  public Apps apps() { return apps; }
  public Notifier notifier() { return notifier; }
  public Channels channels() { return channelRegistry; }
  public Variables variables() { return variables; }
  public ChannelOps channelOps() { return channelOps; }
  public Originator originator() { return originator; }
  public Dialer dialer() { return dialer; }
  public Snoops snoops() { return snoops; }
  public Bridges bridges() { return bridgeOps; }
  public Playbacks playbacks() { return playbackOps; }
  public Recordings recordings() { return recordings; }
  public DeviceStates deviceStates() { return devices; }
  public Endpoints endpoints() { return endpoints; }
  public Mailboxes mailboxes() { return mailboxes; }
  public Subscriptions subscriptions() { return subscriptions; }
  public Callers callers() { return callers; }
  public Map<String, String> globals() { return globals; }

  /** Schedules work on the clock; it is skipped if this core has been shut down in the meantime. */
  long schedule(Duration delay, Runnable task) {
    return clock.schedule(delay, () -> {
      if (alive) {
        task.run();
      }
    });
  }

  void cancel(long timer) {
    if (timer != -1) {
      clock.cancel(timer);
    }
  }

  /**
   * Stops this core as a restart does: every channel gets ChannelHangupRequest (cause 4) and its Stasis
   * teardown, then nothing more happens in it.
   */
  public void shutdown() {
    Channel[] all = channels.values().toArray(new Channel[0]);
    for (Channel ch : all) {
      notifier.channel(ch, () -> events.hangupRequest(ch, 4, true));
    }
    for (Channel ch : all) {
      if (ch.kind == ChannelKind.LOCAL_2 && ch.stasisApp == null) {
        teardown.hangup(ch, Teardown.Request.of(HangupCause.NORMAL, true), HangupCause.UNKNOWN);
      }
    }
    for (Channel ch : all) {
      teardown.hangup(ch, Teardown.Request.NONE, HangupCause.UNKNOWN);
    }
    alive = false;
  }
}
