package io.ariflow.sim.fidelity;

import io.ariflow.sim.AriSimulator;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the trace's notes about the world outside ARI into control-API calls: sipp's INVITE, RFC 2833
 * digits, BYE, re-INVITEs and audio, REGISTER/unREGISTER, and {@code core restart now}. The other notes are
 * observations (SIP messages, summaries) and need no action.
 */
final class OutsideWorld {

  private record Rule(Pattern pattern, Function<Matcher, List<TimedAction>> actions) {}

  private final AriSimulator sim;
  private final List<Rule> rules = new ArrayList<>();
  private String sippCall;
  private double noteTime;

  OutsideWorld(AriSimulator sim) {
    this.sim = sim;
    rule("^sipp: start sipp .*?: INVITE (\\d+)", m -> now("INVITE " + m.group(1), () -> placeCall(m.group(1))));
    rule("^sipp: caller sends RFC2833 DTMF (\\S)", m -> now("DTMF " + m.group(1),
        () -> sim.callerSendsDtmf(sippCall, m.group(1))));
    rule("^sipp: caller sends BYE", m -> now("BYE", () -> sim.callerHangsUp(sippCall)));
    rule("^sipp: caller sends re-INVITE a=sendonly", m -> now("hold", () -> sim.callerHolds(sippCall)));
    rule("^sipp: caller sends re-INVITE a=sendrecv", m -> now("unhold", () -> sim.callerUnholds(sippCall)));
    rule("^sipp: caller starts sending audio \\((\\S+?),", m -> speech(m.group(1)));
    rule("^sipp-reg: REGISTER (\\S+)", m -> now("REGISTER", () -> sim.registerEndpoint(m.group(1))));
    rule("^sipp-reg: unREGISTER (\\S+)", m -> now("unREGISTER", () -> sim.unregisterEndpoint(m.group(1))));
    rule("^harness runs: asterisk -rx 'core restart now'", m -> now("core restart now", this::restart));
  }

  /** The actions a note stands for (none for observations). */
  List<TimedAction> actionsFor(TraceLine.Note note) {
    noteTime = note.t();
    for (Rule r : rules) {
      Matcher m = r.pattern.matcher(note.text());
      if (m.find()) {
        return r.actions.apply(m);
      }
    }
    return List.of();
  }

  private void rule(String regex, Function<Matcher, List<TimedAction>> actions) {
    rules.add(new Rule(Pattern.compile(regex), actions));
  }

  private List<TimedAction> now(String label, java.util.function.Supplier<Future<?>> run) {
    return List.of(new TimedAction(noteTime, label, run));
  }

  private Future<?> placeCall(String exten) {
    return sim.placeCall(exten).onSuccess(id -> sippCall = id);
  }

  /** The restart future completes only when ARI answers again; the replay's polling observes that itself. */
  private Future<?> restart() {
    sim.faults().restart();
    return Future.succeededFuture();
  }

  private List<TimedAction> speech(String pcap) {
    double start = noteTime;
    return SpeechModel.bursts(pcap).stream()
        .map(b -> new TimedAction(start + b.offset(), "talk " + b.length().toMillis() + " ms",
            () -> sim.callerTalks(sippCall, b.length())))
        .toList();
  }
}
