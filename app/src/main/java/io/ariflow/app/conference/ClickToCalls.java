package io.ariflow.app.conference;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.originate.AfterAnswer;
import io.ariflow.flows.conference.originate.ClickToCall;
import io.ariflow.flows.conference.originate.ClickToCallOutcome;
import io.ariflow.flows.conference.originate.ClickToCallRequest;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.state.TransitionObserver;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Starts click-to-calls (call A; when A answers, dial B and bridge them, or run a flow on A), each with its own
 * machine and run on the engine's context.
 */
final class ClickToCalls {

  private final IdGenerator ids;
  private final BiFunction<ClickToCall, String, ClickToCallRun> runs;
  private final Map<String, ClickToCallRun> running = new LinkedHashMap<>();

  ClickToCalls(IdGenerator ids, BiFunction<ClickToCall, String, ClickToCallRun> runs) {
    this.ids = ids;
    this.runs = runs;
  }

  /** Calls {@code endpointA} and then does {@code then}; completes with the outcome. */
  Future<ClickToCallOutcome> start(String endpointA, CallerId callerIdToA, Duration timeoutA, AfterAnswer then) {
    String id = ids.next("click-to-call");
    ClickToCallRequest request = new ClickToCallRequest(id, endpointA, callerIdToA, timeoutA, then);
    ClickToCallRun run = runs.apply(new ClickToCall(request, ids, TransitionObserver.NONE), id);
    running.put(id, run);
    run.over().onComplete(done -> running.remove(id));
    return run.start();
  }

  /** The checks that repair the running click-to-calls after a reconnect, noted now, run on the picture. */
  Consumer<AriPicture> recovery(LostEnds ends) {
    List<Consumer<AriPicture>> checks = running.values().stream().map(run -> run.recovery(ends)).toList();
    return picture -> checks.forEach(check -> check.accept(picture));
  }

  /** How many ARI ids the running click-to-calls follow. */
  int ownedIds() {
    return running.values().stream().mapToInt(ClickToCallRun::ownedIds).sum();
  }
}
