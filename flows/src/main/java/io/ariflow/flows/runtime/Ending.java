package io.ariflow.flows.runtime;

import io.ariflow.flows.steps.FlowEnd;
import io.ariflow.flows.steps.Termination;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the Stasis flow's end becomes the run's result and last timeline words. A top-level {@code return}
 * goes back to the dialplan like {@code continue} (the run sends that command itself).
 *
 * @param result the run result
 * @param text the timeline's last words
 * @param needsContinue whether the run must still send the channel back to the dialplan
 */
record Ending(RunResult result, String text, boolean needsContinue) {

  static Ending of(FlowEnd end, boolean callerGone, String lastStep) {
    if (callerGone || end instanceof FlowEnd.CallerHungUp) {
      return new Ending(new RunResult.CallerHungUp(lastStep), "caller hung up", false);
    }
    if (end instanceof FlowEnd.Returned) {
      return new Ending(new RunResult.ContinuedInDialplan(Optional.empty(), Optional.empty(), OptionalInt.empty()),
          "returned to the dialplan", true);
    }
    return ended(((FlowEnd.Ended) end).termination());
  }

  private static Ending ended(Termination termination) {
    if (termination instanceof Termination.HungUp hungUp) {
      return new Ending(new RunResult.HungUpByFlow(hungUp.cause()), "hung up (" + hungUp.cause() + ")", false);
    }
    if (termination instanceof Termination.Continued to) {
      String where = to.context().orElse("") + to.extension().map(e -> "," + e).orElse("")
          + (to.priority().isPresent() ? "," + to.priority().getAsInt() : "");
      return new Ending(new RunResult.ContinuedInDialplan(to.context(), to.extension(), to.priority()),
          where.isEmpty() ? "continued in the dialplan" : "continued in the dialplan at " + where, false);
    }
    if (termination instanceof Termination.Finished finished) {
      return new Ending(new RunResult.Finished(finished.summary()), finished.summary(), false);
    }
    return new Ending(new RunResult.ContinuedInDialplan(Optional.empty(), Optional.empty(), OptionalInt.empty()),
        "returned to the dialplan", true);
  }
}
