package io.ariflow.flows.conference.supervision;

import io.ariflow.flows.conference.SequentialIds;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.state.TransitionObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A supervision session over a call between a customer ({@code cust}) and an agent ({@code agent}) in bridge
 * {@code call}, watched by {@code sup}. Every command is also replayed into an independent {@link AudioWiring},
 * so topology assertions rest on the commands themselves.
 */
final class SessionDriver {

  static final String CALL = "call";
  static final Party SUPERVISOR = new Party("sup", "PJSIP/1001", Set.of("leads"));
  static final Party AGENT = new Party("agent", "PJSIP/2001", Set.of("sales"));
  static final List<String> PARTIES = List.of("cust", "agent", "sup");
  static final SupervisionPolicy ALLOW_ALL = (supervisor, agent, mode) -> new PolicyVerdict.Allowed();

  final SupervisionSession session;
  final AudioWiring replay = AudioWiring.call(CALL, List.of("cust", "agent"));
  final List<SupervisionDecision> decisions = new ArrayList<>();

  SessionDriver(SupervisionMode mode, TransitionObserver observer) {
    session = new SupervisionSession(
        new SupervisionRequest("s1", SUPERVISOR, AGENT, CALL, List.of("cust", "agent"), mode),
        new SequentialIds(), SupervisionKeys.DEFAULTS, observer);
  }

  SupervisionDecision start(SupervisionPolicy policy) {
    return record(session.start(policy));
  }

  SupervisionDecision send(SupervisionMessage message) {
    return record(session.handle(message));
  }

  SupervisionDecision ready(String snoopId) {
    return send(new SupervisionMessage.SnoopReady(snoopId));
  }

  private SupervisionDecision record(SupervisionDecision decision) {
    decisions.add(decision);
    decision.commands().forEach(replay::apply);
    return decision;
  }

  Hearing hearing() {
    Hearing fromCommands = replay.hearing(PARTIES);
    if (!fromCommands.equals(session.topology())) {
      throw new AssertionError("session topology " + session.topology() + " differs from " + fromCommands);
    }
    return fromCommands;
  }

  /** The snoop id of the last CreateSnoop decided. */
  String lastSnoop() {
    return decisions.stream().flatMap(decision -> decision.commands().stream())
        .filter(Command.CreateSnoop.class::isInstance).map(Command.CreateSnoop.class::cast)
        .reduce((first, second) -> second).orElseThrow().snoopId();
  }
}
