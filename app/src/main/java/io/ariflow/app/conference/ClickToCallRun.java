package io.ariflow.app.conference;

import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.app.engine.ResourceKind;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.originate.ClickToCall;
import io.ariflow.flows.conference.originate.ClickToCallDecision;
import io.ariflow.flows.conference.originate.ClickToCallMessage;
import io.ariflow.flows.conference.originate.ClickToCallOutcome;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.ChannelHangupRequest;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.StasisEnd;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One click-to-call on ARI, on the engine's context: maps its legs' events to the machine's messages (an originated
 * leg enters Stasis once answered; ending before that is busy for cause 17, no answer for 18/19, failed else),
 * carries out its decisions in order, hands leg A to the flow engine for {@code RunFlow}, and reports the outcome.
 */
final class ClickToCallRun implements EventOwner {
  private static final Logger LOG = LoggerFactory.getLogger(ClickToCallRun.class);

  private final ClickToCall machine;
  private final AriCommands ari;
  private final ObjectOwners objects;
  private final OwnedIds owned;
  private final KeyedTimers timers;
  private final CommandQueues queue = new CommandQueues();
  private final Map<String, Channel> answered = new HashMap<>();
  private final Promise<ClickToCallOutcome> outcome = Promise.promise();
  private final Promise<Void> over = Promise.promise();
  private final String group;

  ClickToCallRun(ClickToCall machine, String id, AriCommands ari, ObjectOwners objects, KeyedTimers timers) {
    this.machine = machine;
    this.ari = ari;
    this.objects = objects;
    this.owned = new OwnedIds(objects, this);
    this.timers = timers;
    this.group = id;
  }

  /** Dials A; completes with the outcome once the machine reports it. */
  Future<ClickToCallOutcome> start() {
    apply(machine.start());
    return outcome.future();
  }

  /** Completes once the machine is over and every id was let go. */
  Future<Void> over() {
    return over.future();
  }

  /**
   * The check that repairs the run after a reconnect: a leg that hung up in the gap (a leg that never answered
   * counts as failed, its cause being lost), a leg that answered in the gap, a bridge that is gone.
   */
  Consumer<AriPicture> recovery(LostEnds ends) {
    return ends.watch(owned, this, id -> !answered.containsKey(id));
  }

  /** How many ARI ids the run still follows. */
  int ownedIds() {
    return owned.size();
  }

  @Override
  public void onEvent(AriEvent event) {
    if (!(event instanceof HasChannel about) || about.channel() == null) {
      return;
    }
    Channel channel = about.channel();
    if (event instanceof StasisStart) {
      answered.put(channel.id(), channel);
      apply(machine.handle(new ClickToCallMessage.Answered(channel.id())));
      return;
    }
    ended(event, channel.id()).ifPresent(message -> apply(machine.handle(message)));
  }

  private Optional<ClickToCallMessage> ended(AriEvent event, String channelId) {
    Integer cause = null;
    if (event instanceof ChannelHangupRequest hangup) {
      cause = hangup.cause();
    } else if (event instanceof ChannelDestroyed destroyed) {
      cause = destroyed.cause();
    } else if (!(event instanceof StasisEnd)) {
      return Optional.empty();
    }
    if (answered.containsKey(channelId)) {
      return Optional.of(new ClickToCallMessage.HungUp(channelId));
    }
    if (cause != null && cause == 17) {
      return Optional.of(new ClickToCallMessage.Busy(channelId));
    }
    if (cause != null && (cause == 18 || cause == 19)) {
      return Optional.of(new ClickToCallMessage.NoAnswer(channelId));
    }
    return Optional.of(new ClickToCallMessage.Failed(channelId, "cause " + cause));
  }

  private void apply(ClickToCallDecision decision) {
    decision.illegal().ifPresent(illegal -> LOG.debug("click-to-call={} ignored: {}", group, illegal));
    decision.outcome().ifPresent(value -> {
      LOG.info("click-to-call={} from {}: {}", group, machine.legA(), value.label());
      outcome.tryComplete(value);
    });
    List<Command> commands = decision.commands();
    boolean finished = decision.over();
    queue.enqueue(group, () -> runAll(commands)).onComplete(done -> {
      if (finished) {
        timers.cancelAll(group);
        owned.releaseAll(group);
        over.tryComplete();
      }
    });
  }

  /** An originate refused (500 "Allocation failed") is a failed leg. */
  private Future<Void> refused(Command.Dial dial, Throwable failure) {
    apply(machine.handle(new ClickToCallMessage.Failed(dial.channelId(), failure.getMessage())));
    return Future.succeededFuture();
  }

  private Future<Void> runAll(List<Command> commands) {
    Future<Void> chain = Future.succeededFuture();
    for (Command command : commands) {
      chain = chain.compose(done -> execute(command).otherwiseEmpty());
    }
    return chain;
  }

  private Future<Void> execute(Command command) {
    if (command instanceof Command.ArmTimer arm) {
      timers.arm(group, arm.key(), arm.after(),
          () -> apply(machine.handle(new ClickToCallMessage.TimerFired(arm.key()))));
      return Future.succeededFuture();
    }
    if (command instanceof Command.CancelTimer cancel) {
      timers.cancel(group, cancel.key());
      return Future.succeededFuture();
    }
    if (command instanceof Command.RunFlow run) {
      owned.release(group, run.channelId());
      Optional.ofNullable(answered.get(run.channelId())).ifPresent(channel -> objects.handOver(channel,
          run.flowId(), this));
      return Future.succeededFuture();
    }
    if (command instanceof Command.Dial dial) {
      owned.claim(group, dial.channelId(), ResourceKind.CHANNEL);
      return ari.send(command).recover(failure -> refused(dial, failure));
    }
    if (command instanceof Command.CreateBridge create) {
      owned.claim(group, create.bridgeId(), ResourceKind.BRIDGE);
    } else if (command instanceof Command.Play play) {
      owned.claim(group, play.playbackId(), ResourceKind.PLAYBACK);
    }
    return ari.run(command);
  }
}
