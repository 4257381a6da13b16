package io.ariflow.flows.runtime;

import io.ariflow.flows.steps.FlowEnd;
import io.ariflow.flows.steps.Termination;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the Stasis flow's end becomes the run's result, its last timeline words and the final command. A
 * top-level {@code return} goes back to the dialplan like {@code continue}; once the caller has left, every
 * end is "caller hung up" and no command is sent.
 *
 * @param result the run result
 * @param text the timeline's last words
 * @param command what {@link Terminations} must still send
 */
record Ending(RunResult result, String text, Optional<Termination> command) {

  static Ending of(FlowEnd end, boolean callerGone, String lastStep) {
    Termination termination = termination(end);
    if (termination instanceof Termination.Finished finished) {
      return new Ending(new RunResult.Finished(finished.summary()), finished.summary(), Optional.empty());
    }
    if (callerGone || termination == null) {
      return new Ending(new RunResult.CallerHungUp(lastStep), "caller hung up", Optional.empty());
    }
    if (termination instanceof Termination.HungUp hungUp) {
      return new Ending(new RunResult.HungUpByFlow(hungUp.cause()), "hung up (" + hungUp.cause() + ")",
          Optional.of(termination));
    }
    if (termination instanceof Termination.Continued to) {
      String where = to.context().orElse("") + to.extension().map(e -> "," + e).orElse("")
          + (to.priority().isPresent() ? "," + to.priority().getAsInt() : "");
      return new Ending(new RunResult.ContinuedInDialplan(to.context(), to.extension(), to.priority()),
          where.isEmpty() ? "back to the dialplan" : "back to the dialplan at " + where, Optional.of(termination));
    }
    return new Ending(new RunResult.ContinuedInDialplan(Optional.empty(), Optional.empty(), OptionalInt.empty()),
        "returned to the dialplan", Optional.of(termination));
  }

  /** The termination a flow end asks for; null when the caller simply left (or the flow failed). */
  static Termination termination(FlowEnd end) {
    if (end instanceof FlowEnd.Ended ended) {
      return ended.termination();
    }
    if (end instanceof FlowEnd.Returned returned) {
      return new Termination.Return(returned.values());
    }
    return null;
  }
}
