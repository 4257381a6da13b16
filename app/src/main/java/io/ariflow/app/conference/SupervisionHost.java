package io.ariflow.app.conference;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.flows.conference.supervision.Hearing;
import io.ariflow.flows.conference.supervision.Party;
import io.ariflow.flows.conference.supervision.SupervisionAnswer;
import io.ariflow.flows.conference.supervision.SupervisionOutcome;
import io.ariflow.flows.conference.supervision.SupervisionRequest;
import io.ariflow.flows.conference.supervision.SupervisionRules;
import io.ariflow.flows.conference.supervision.SupervisionSession;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.SuperviseRequest;
import io.ariflow.flows.port.SupervisionHandle;
import io.ariflow.flows.port.SupervisionPort;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.model.request.bridges.BridgesList;
import io.ariflow.model.request.channels.ChannelsList;
import io.ariflow.model.resource.Bridge;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts supervision sessions for {@code supervise} steps: finds the supervised channel and the bridge of its call
 * in Asterisk, resolves both parties against the declared rules (identity and groups), and runs the session
 * ({@link SessionRun}); the policy is asked before any snoop is made. Runs on the engine's context.
 */
public final class SupervisionHost implements SupervisionPort {
  private static final Logger LOG = LoggerFactory.getLogger(SupervisionHost.class);

  private final AriRestClient rest;
  private final AriCommands ari;
  private final ObjectOwners objects;
  private final IdGenerator ids;
  private final Supplier<SupervisionRules> rules;
  private final Clock clock;
  private final Map<String, SessionRun> running = new LinkedHashMap<>();

  SupervisionHost(AriRestClient rest, AriCommands ari, ObjectOwners objects, IdGenerator ids,
      Supplier<SupervisionRules> rules, Clock clock) {
    this.clock = clock;
    this.rest = rest;
    this.ari = ari;
    this.objects = objects;
    this.ids = ids;
    this.rules = rules;
  }

  @Override
  public Future<SupervisionHandle> supervise(SuperviseRequest request) {
    return rest.send(ChannelsList.of())
        .compose(channels -> rest.send(BridgesList.of()).map(bridges -> callOf(request.target(), channels, bridges)))
        .map(call -> call.map(found -> start(request, found)).orElseGet(() -> ended(SupervisionOutcome.FAILED,
            "no call of " + request.target() + " to supervise")));
  }

  /** Who hears whom in the running session of {@code supervisorChannelId}, for tests and listings. */
  public Optional<Hearing> topology(String supervisorChannelId) {
    return running.values().stream()
        .filter(run -> run.supervisor().equals(supervisorChannelId)).findFirst().map(SessionRun::topology);
  }

  /** The checks that repair the running sessions after a reconnect, noted now, run on the picture. */
  Consumer<AriPicture> recovery(LostEnds ends) {
    List<Consumer<AriPicture>> checks = running.values().stream().map(run -> run.recovery(ends)).toList();
    return picture -> checks.forEach(check -> check.accept(picture));
  }

  /** The running sessions, in starting order. */
  List<SupervisionView> views() {
    return running.values().stream().map(SessionRun::view).toList();
  }

  /** The running session {@code sessionId}. */
  Optional<SessionRun> run(String sessionId) {
    return Optional.ofNullable(running.get(sessionId));
  }

  /** How many ARI ids the running sessions follow. */
  int ownedIds() {
    return running.values().stream().mapToInt(SessionRun::ownedIds).sum();
  }

  private SupervisionHandle start(SuperviseRequest request, Call call) {
    SupervisionRules current = rules.get();
    Party supervisor = current.party(request.supervisorChannelId(), request.supervisorIdentity());
    Party agent = current.party(call.agent().id(), endpointOf(call.agent()));
    String sessionId = ids.next("supervision");
    SupervisionRequest asked = new SupervisionRequest(sessionId, supervisor, agent, call.bridge().id(),
        call.bridge().channels(), request.mode());
    SessionRun run = new SessionRun(new SupervisionSession(asked, ids, current.keys(), TransitionObserver.NONE),
        ari, objects, clock.instant());
    running.put(sessionId, run);
    SupervisionHandle handle = run.start(current.policy());
    handle.ended().onComplete(done -> running.remove(sessionId));
    return handle;
  }

  /**
   * The call of {@code target}: a channel id, or an endpoint as ChanSpy takes it ({@code PJSIP/2001}: the first of
   * its channels that is in a bridge).
   */
  private static Optional<Call> callOf(String target, List<Channel> channels, List<Bridge> bridges) {
    for (Channel channel : channels) {
      boolean named = channel.id().equals(target) || endpointOf(channel).equals(target);
      Optional<Bridge> bridge = bridges.stream()
          .filter(b -> b.channels() != null && b.channels().contains(channel.id())).findFirst();
      if (named && bridge.isPresent()) {
        return Optional.of(new Call(channel, bridge.get()));
      }
    }
    return Optional.empty();
  }

  /** {@code PJSIP/1001-00000001} is {@code PJSIP/1001}, as supervision rules name parties. */
  static String endpointOf(Channel channel) {
    String name = channel.name() == null ? "" : channel.name();
    return name.replaceFirst("-[0-9a-fA-F]+(;[12])?$", "");
  }

  private static SupervisionHandle ended(SupervisionOutcome outcome, String reason) {
    return new NeverStarted(new SupervisionAnswer.Ended(outcome, reason));
  }

  /**
   * A session that never started (no such call): it has ended already and there is nothing to stop.
   *
   * @param end how it ended
   */
  private record NeverStarted(SupervisionAnswer.Ended end) implements SupervisionHandle {
    @Override
    public Future<SupervisionAnswer.Ended> ended() {
      return Future.succeededFuture(end);
    }

    @Override
    public void stop() {
      LOG.debug("stop of a supervision that never started: {}", end.reason());
    }
  }

  /** The supervised agent's channel and the bridge of its call. */
  private record Call(Channel agent, Bridge bridge) {
  }
}
