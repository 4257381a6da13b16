package io.ariflow.app.conference;

import io.ariflow.flows.conference.supervision.Hearing;
import io.ariflow.flows.conference.supervision.SupervisionAnswer;
import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The supervision operations the rest of the engine (and later the control API) performs: list the running
 * sessions, switch one between listen, whisper and barge (the same rewiring as the supervisor's keys, checked
 * against the rules), stop one (the supervised call goes on, the supervisor's flow continues with
 * {@code stopped}). Callable from any thread; the work runs on the engine's context. An unknown session answers
 * empty.
 */
public final class SupervisionControl {

  private final Context home;
  private final SupervisionHost host;

  SupervisionControl(Context home, SupervisionHost host) {
    this.home = home;
    this.host = host;
  }

  /** Every running session, in starting order. */
  public Future<List<SupervisionView>> sessions() {
    return onHome(host::views);
  }

  /** Who hears whom in session {@code sessionId}, from the commands decided. */
  public Future<Optional<Hearing>> hearing(String sessionId) {
    return onHome(() -> host.run(sessionId).map(SessionRun::topology));
  }

  /**
   * Switches session {@code sessionId} to {@code mode}: {@code Switching} (a new snoop is being made; the old mode
   * goes on until it is up), {@code InMode} (barge), {@code NoChange}, {@code Busy} (a switch is in progress),
   * {@code NotAllowed} (the rules forbid that mode) or {@code Illegal}.
   */
  public Future<Optional<SupervisionAnswer>> switchMode(String sessionId, SupervisionMode mode) {
    return onHome(() -> host.run(sessionId).map(run -> run.switchTo(mode)));
  }

  /** Stops session {@code sessionId}; completes once its snoops and bridge are gone, with how it ended. */
  public Future<Optional<SupervisionAnswer.Ended>> stop(String sessionId) {
    return onHomeAsync(sessionId, run -> {
      run.stop();
      return run.ended();
    });
  }

  private <T> Future<Optional<T>> onHomeAsync(String sessionId, Function<SessionRun, Future<T>> action) {
    Promise<Optional<T>> result = Promise.promise();
    home.runOnContext(v -> host.run(sessionId)
        .map(run -> action.apply(run).map(Optional::of))
        .orElseGet(() -> Future.succeededFuture(Optional.empty()))
        .onComplete(result));
    return result.future();
  }

  private <T> Future<T> onHome(Supplier<T> read) {
    Promise<T> result = Promise.promise();
    home.runOnContext(v -> result.complete(read.get()));
    return result.future();
  }
}
