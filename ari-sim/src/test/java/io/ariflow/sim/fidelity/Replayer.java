package io.ariflow.sim.fidelity;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.SimOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays one recorded scenario against a fresh simulator on a virtual clock: REST calls with their ids
 * rewritten, WebSockets opened and closed when the harness did, and the notes' outside-world actions at
 * their trace time. Channels first seen in a StasisStart or ChannelCreated are mapped by order of arrival.
 */
final class Replayer {

  static final String APP = "engine";
  static final String USER = "engine";
  static final String PASSWORD = "engine-secret";
  private static final Set<String> INTRODUCING = Set.of("StasisStart", "ChannelCreated");
  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final Duration MAPPING_WAIT = Duration.ofSeconds(1);

  /** A recorded channel still to be matched with the n-th event of its type on the same socket. */
  private record PendingMapping(int socket, String type, int nth, String recordedId) {}

  private final Vertx vertx;
  private final Trace trace;
  private final List<KnownDifference> rules;
  private final IdMap ids = new IdMap();
  private final ChannelNames names = new ChannelNames();
  private final List<StepResult> steps = new ArrayList<>();
  private final List<TraceLine.Event> recorded = new ArrayList<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private final List<PendingMapping> pending = new ArrayList<>();
  private final Set<PendingMapping> overdue = new HashSet<>();
  private AriSimulator sim;
  private AriHttp http;
  private Sockets sockets;
  private Timeline timeline;
  private OutsideWorld world;

  Replayer(Vertx vertx, Trace trace, List<KnownDifference> rules) {
    this.vertx = vertx;
    this.trace = trace;
    this.rules = rules;
  }

  static SimOptions options() {
    return SimOptions.forTests().withStasisApp(APP).withCredentials(USER, PASSWORD);
  }

  Replay run() {
    sim = Await.get(AriSimulator.start(vertx, options()), LIMIT);
    http = new AriHttp(vertx, sim.port(), USER, PASSWORD);
    sockets = new Sockets(vertx, sim.port(), http, trace.name(), APP);
    timeline = new Timeline(sim);
    world = new OutsideWorld(sim);
    try {
      replayLines();
      return finish();
    } finally {
      http.close();
      Await.within(sim.stop(), LIMIT);
    }
  }

  private void replayLines() {
    List<TraceLine> lines = trace.lines();
    for (int i = 0; i < lines.size(); i++) {
      TraceLine line = lines.get(i);
      timeline.runUntil(line.t());
      if (line instanceof TraceLine.Request r) {
        exchange(r, (TraceLine.Response) lines.get(++i));
      } else if (line instanceof TraceLine.Event e) {
        recordEvent(e);
      } else if (line instanceof TraceLine.Ws w) {
        StepResult step = sockets.handle(w);
        if (step != null) {
          steps.add(step);
        }
      } else if (line instanceof TraceLine.Note n) {
        timeline.schedule(world.actionsFor(n));
        timeline.runUntil(n.t());
      }
    }
  }

  private Replay finish() {
    resolveMappings(MAPPING_WAIT);
    sockets.sync();
    Map<Integer, List<JsonObject>> simEvents = sockets.events();
    simEvents.values().forEach(list -> list.forEach(names::sim));
    names.deriveMissing(ids);
    return new Replay(trace, steps, timeline.failures(), recorded, simEvents, ids, names);
  }

  private void exchange(TraceLine.Request r, TraceLine.Response rec) {
    resolveMappings(MAPPING_WAIT);
    HttpOutcome out = Await.get(http.send(r.method(), ids.rewrite(r.path()), ids.rewrite(r.query()),
        ids.rewriteJson(r.body()), r.auth()), LIMIT);
    Exchange x = new Exchange(r, rec, out);
    steps.add(ExchangeCheck.compare(trace.name(), x, rules));
    names.recorded(rec.body());
    names.sim(out.body());
    if (r.method().equals("POST") && rec.body() instanceof JsonObject rb && out.body() instanceof JsonObject sb
        && rb.getValue("id") instanceof String rid && sb.getValue("id") instanceof String sid) {
      ids.learn(rid, sid);
    }
  }

  private void recordEvent(TraceLine.Event e) {
    recorded.add(e);
    names.recorded(e.event());
    int nth = seen.merge(e.socket() + " " + e.type(), 1, Integer::sum);
    JsonObject channel = e.event().getJsonObject("channel");
    if (INTRODUCING.contains(e.type()) && channel != null && !ids.knows(channel.getString("id"))) {
      pending.add(new PendingMapping(e.socket(), e.type(), nth, channel.getString("id")));
    }
  }

  /**
   * Waits (bounded, in total) for the simulator's counterparts of recorded introducing events; one that did
   * not come in time is only checked, not waited for, afterwards.
   */
  private void resolveMappings(Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    for (Iterator<PendingMapping> it = pending.iterator(); it.hasNext(); ) {
      PendingMapping p = it.next();
      SimSocket socket = sockets.socket(p.socket());
      if (socket == null) {
        it.remove();
        continue;
      }
      long wait = overdue.contains(p) ? 1_000_000 : Math.max(1_000_000, deadline - System.nanoTime());
      JsonObject ev = Await.within(socket.await(x -> p.type().equals(x.getString("type")), p.nth()),
          Duration.ofNanos(wait)).orElse(null);
      if (ev == null) {
        overdue.add(p);
      } else {
        ids.learn(p.recordedId(), ev.getJsonObject("channel").getString("id"));
        it.remove();
      }
    }
  }
}
