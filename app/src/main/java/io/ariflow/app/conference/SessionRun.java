package io.ariflow.app.conference;

import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.app.engine.ResourceKind;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.supervision.Hearing;
import io.ariflow.flows.conference.supervision.SupervisionAnswer;
import io.ariflow.flows.conference.supervision.SupervisionDecision;
import io.ariflow.flows.conference.supervision.SupervisionMessage;
import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.ariflow.flows.conference.supervision.SupervisionPolicy;
import io.ariflow.flows.conference.supervision.SupervisionSession;
import io.ariflow.flows.conference.supervision.SupervisionSignals;
import io.ariflow.flows.port.SupervisionHandle;
import io.ariflow.model.event.AriEvent;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One supervision session on ARI, on the engine's context: feeds the session its events (the supervisor's keys and
 * hangup, the agent's hangup, the call bridge's end, its snoops coming up) and the answers to its snoop requests,
 * carries out its decisions in order, and lets go of every id once it ended.
 */
final class SessionRun implements EventOwner, SupervisionHandle {
  private static final Logger LOG = LoggerFactory.getLogger(SessionRun.class);

  private final SupervisionSession session;
  private final AriCommands ari;
  private final OwnedIds owned;
  private final CommandQueues queue = new CommandQueues();
  private final Promise<SupervisionAnswer.Ended> ended = Promise.promise();
  private final String group;
  private final Instant since;

  SessionRun(SupervisionSession session, AriCommands ari, ObjectOwners objects, Instant since) {
    this.session = session;
    this.since = since;
    this.ari = ari;
    this.owned = new OwnedIds(objects, this);
    this.group = session.request().sessionId();
  }

  /** Claims what the session follows, asks the policy and sets up the first mode. */
  SupervisionHandle start(SupervisionPolicy policy) {
    owned.claim(group, session.request().supervisor().channelId(), ResourceKind.CHANNEL);
    owned.claim(group, session.request().agent().channelId(), ResourceKind.CHANNEL);
    owned.claim(group, session.request().callBridgeId(), ResourceKind.BRIDGE);
    apply(session.start(policy));
    return this;
  }

  @Override
  public Future<SupervisionAnswer.Ended> ended() {
    return ended.future();
  }

  @Override
  public void stop() {
    if (!ended.future().isComplete()) {
      apply(session.handle(new SupervisionMessage.Stop()));
    }
  }

  /** Switches to {@code mode} as the supervisor's keys do; returns the session's answer. */
  SupervisionAnswer switchTo(SupervisionMode mode) {
    SupervisionDecision decision = session.handle(new SupervisionMessage.SwitchMode(mode));
    apply(decision);
    return decision.answer();
  }

  /** The session as listed by the engine's operations. */
  SupervisionView view() {
    return new SupervisionView(group, session.request().supervisor(), session.request().agent(),
        session.request().callBridgeId(), session.mode(), session.state(), since);
  }

  @Override
  public void onEvent(AriEvent event) {
    SupervisionSignals.from(event, session).ifPresent(message -> apply(session.handle(message)));
  }

  /** The check that repairs the session after a reconnect: a party or the call's bridge gone in the gap ends it. */
  Consumer<AriPicture> recovery(LostEnds ends) {
    return ends.watch(owned, this, id -> false);
  }

  /** How many ARI ids the session still follows. */
  int ownedIds() {
    return owned.size();
  }

  /** The supervisor's channel. */
  String supervisor() {
    return session.request().supervisor().channelId();
  }

  /** Who hears whom right now, from the commands decided. */
  Hearing topology() {
    return session.topology();
  }

  private void apply(SupervisionDecision decision) {
    List<Command> commands = decision.commands();
    queue.enqueue(group, () -> runAll(commands)).onComplete(done -> {
      if (decision.answer() instanceof SupervisionAnswer.Ended end) {
        finish(end);
      }
    });
  }

  private Future<Void> runAll(List<Command> commands) {
    Future<Void> chain = Future.succeededFuture();
    for (Command command : commands) {
      chain = chain.compose(done -> execute(command).otherwiseEmpty());
    }
    return chain;
  }

  private Future<Void> execute(Command command) {
    if (command instanceof Command.CreateSnoop snoop) {
      owned.claim(group, snoop.snoopId(), ResourceKind.CHANNEL);
      return ari.send(command).transform(answer -> snoopAnswered(snoop.snoopId(), answer));
    }
    if (command instanceof Command.CreateBridge create) {
      owned.claim(group, create.bridgeId(), ResourceKind.BRIDGE);
    }
    return ari.run(command);
  }

  /** The snoop request's answer is the session's news: a 200 means the snoop is up, a refusal that it failed. */
  private Future<Void> snoopAnswered(String snoopId, AsyncResult<Void> answer) {
    SupervisionMessage result = answer.succeeded() ? new SupervisionMessage.SnoopReady(snoopId)
        : new SupervisionMessage.SnoopFailed(snoopId, answer.cause().getMessage());
    apply(session.handle(result));
    return Future.succeededFuture();
  }

  private void finish(SupervisionAnswer.Ended end) {
    if (ended.tryComplete(end)) {
      LOG.info("supervision={} of {} by {} ended: {} ({})", group, session.request().agent().identity(),
          session.request().supervisor().identity(), end.outcome().label(), end.reason());
    }
    owned.releaseAll(group);
  }
}
