package io.ariflow.flows.steps;

import io.ariflow.flows.conference.room.Caller;
import io.ariflow.flows.conference.room.MemberOutcome;
import io.ariflow.flows.conference.room.RoomAnswer;
import io.ariflow.flows.conference.room.RoomMessage;
import io.ariflow.flows.conference.room.RoomNotice;
import io.ariflow.flows.conference.room.RoomOperation;
import io.ariflow.flows.port.ConferencePort;
import io.ariflow.flows.spec.ConferenceSpec;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One caller's stay in a room, as one step execution sees it: the join conversation (PIN, name), the wait while
 * the room owns the caller's media, and the way out. When the step is cancelled (its timeout, the run) the caller is
 * taken out of the room; a hangup needs nothing, since the room hears of it from Asterisk.
 */
final class ConferenceVisit {

  private static final Logger LOG = LoggerFactory.getLogger(ConferenceVisit.class);

  private final ConferenceSpec spec;
  private final StepContext ctx;
  private final ConferencePort port;
  private final String room;
  private boolean admitted;
  private Instant admittedAt;

  ConferenceVisit(ConferenceSpec spec, StepContext ctx, ConferencePort port, String room) {
    this.spec = spec;
    this.ctx = ctx;
    this.port = port;
    this.room = room;
  }

  Future<StepResult> run() {
    Future<RoomNotice.MemberReleased> released = port.released(ctx.channelId());
    ctx.cancelled().onSuccess(this::leaveOnCancel);
    RoomMessage.JoinRequest join = new RoomMessage.JoinRequest(ctx.channelId(), spec.role(), caller(),
        spec.pin().map(ctx::render), Optional.empty(), spec.overrides());
    return port.send(room, join)
        .compose(answer -> follow(answer, released))
        .eventually(() -> {
          port.forget(ctx.channelId());
          return Future.succeededFuture();
        });
  }

  private Future<StepResult> follow(RoomAnswer answer, Future<RoomNotice.MemberReleased> released) {
    if (released.succeeded() && !(answer instanceof RoomAnswer.Refused)) {
      RoomNotice.MemberReleased out = released.result();
      return playAndEnd(out.prompts(), out.outcome().label(), out.outcome().label() + " at the door");
    }
    if (answer instanceof RoomAnswer.AskPin ask) {
      return PinEntry.collect(ctx, ask, spec.pinTimeout())
          .compose(digits -> port.send(room, new RoomMessage.PinEntered(ctx.channelId(), digits)))
          .compose(next -> follow(next, released));
    }
    if (answer instanceof RoomAnswer.AskName ask) {
      return NameRecording.record(ctx, ask.prompt(), spec.nameDuration())
          .compose(name -> port.send(room, new RoomMessage.NameRecorded(ctx.channelId(), name)))
          .compose(next -> follow(next, released));
    }
    if (answer instanceof RoomAnswer.Refused refused) {
      return playAndEnd(refused.prompts(), refused.outcome().label(), "refused: " + refused.outcome().label());
    }
    if (answer instanceof RoomAnswer.Admitted entered) {
      return stay(entered, released);
    }
    return Future.failedFuture(new IllegalStateException("room " + room + " answered the join with " + answer));
  }

  private Future<StepResult> stay(RoomAnswer.Admitted entered, Future<RoomNotice.MemberReleased> released) {
    admitted = true;
    admittedAt = ctx.timers().now();
    ctx.putResult("role", entered.role().label());
    ctx.putResult("seat", entered.seat());
    ctx.putNote("conference " + room + ": " + entered.role().label() + " in seat " + entered.seat()
        + (entered.waiting() ? ", waiting for the leader" : ""));
    Promise<RoomNotice.MemberReleased> out = Promise.promise();
    released.onSuccess(release -> {
      if (release.outcome() != MemberOutcome.HUNG_UP) {
        out.tryComplete(release);
      }
    });
    ctx.cancelled().onSuccess(reason -> out.tryFail(new StepCancelledException(reason)));
    return out.future().compose(release -> {
      ctx.putResult("detail", release.detail());
      return playAndEnd(release.prompts(), release.outcome().label(), release.outcome().label());
    });
  }

  private Future<StepResult> playAndEnd(List<String> prompts, String outcome, String what) {
    long seconds = admittedAt == null ? 0 : Duration.between(admittedAt, ctx.timers().now()).toSeconds();
    ctx.putResult("seconds", seconds);
    String note = "conference " + room + ": " + what + (admittedAt == null ? "" : " after " + seconds + " s");
    Future<PromptEnd> played = ctx.callerGone() ? Future.succeededFuture()
        : Prompts.playAndAwait(ctx, prompts, null, false);
    return played.map(done -> StepResult.of(outcome, Map.of()).noted(note));
  }

  /**
   * The step is cancelled: a caller still at the door gives up (as if it had hung up, so an empty room does not
   * wait for it), one inside is taken out. After a hangup the room already knows.
   */
  private void leaveOnCancel(CancelReason reason) {
    if (reason == CancelReason.HANGUP) {
      return;
    }
    RoomMessage goodbye = admitted
        ? new RoomOperation.KickMember(ctx.channelId(), "the flow (" + reason.name().toLowerCase(Locale.ROOT) + ")")
        : new RoomMessage.MemberHungUp(ctx.channelId());
    port.send(room, goodbye).onFailure(failure -> LOG.warn("channel={} step={} could not leave room {}: {}",
        ctx.channelId(), ctx.stepId(), room, failure.toString()));
  }

  private Caller caller() {
    return new Caller(text(List.of("call", "caller", "name")), text(List.of("call", "caller", "number")));
  }

  private String text(List<String> path) {
    return ctx.scope().lookup(path).map(String::valueOf).orElse("");
  }
}
