package io.ariflow.flows.runtime;

import io.ariflow.flows.spec.StepSpec;
import io.ariflow.flows.steps.FlowEnd;
import io.ariflow.flows.steps.Termination;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Optional;

/**
 * Executes the steps of one frame in turn until its flow ends. A loop rather than recursion: steps that
 * complete at once (set, branch, goto) run in the same while-loop, so a long synchronous chain cannot grow
 * the stack; a step that waits resumes the loop from its completion. Single use.
 */
final class FrameRunner {

  private final StepLauncher launcher;
  private final Frame frame;
  private final Promise<FlowEnd> end = Promise.promise();
  private String current;

  FrameRunner(StepLauncher launcher, Frame frame) {
    this.launcher = launcher;
    this.frame = frame;
  }

  /** Runs from {@code stepId} until the flow ends. */
  Future<FlowEnd> runFrom(String stepId) {
    current = stepId;
    loop();
    return end.future();
  }

  private void loop() {
    while (true) {
      if (frame.aborted()) {
        end.complete(new FlowEnd.Ended(new Termination.Finished("sub-flow " + frame.flow().id() + " stopped")));
        return;
      }
      Optional<String> refusal = launcher.admit();
      if (refusal.isPresent()) {
        end.complete(new FlowEnd.Failed(refusal.get()));
        return;
      }
      StepSpec spec = frame.flow().steps().get(current);
      if (spec == null) {
        end.complete(new FlowEnd.Failed("flow " + frame.flow().id() + " has no step '" + current + "'"));
        return;
      }
      Future<StepEnd> step = launcher.execute(frame, spec);
      if (!step.isComplete()) {
        step.onComplete(done -> {
          if (advance(spec, done)) {
            loop();
          }
        });
        return;
      }
      if (!advance(spec, step)) {
        return;
      }
    }
  }

  /** Routes the finished step; true when the loop should go on with {@link #current}. */
  private boolean advance(StepSpec spec, AsyncResult<StepEnd> done) {
    if (done.failed()) {
      end.complete(new FlowEnd.Failed(Routing.where(spec) + ": " + done.cause()));
      return false;
    }
    Route route = Routing.route(frame, spec, done.result());
    if (route instanceof Route.Next next) {
      launcher.routed(spec, next.stepId());
      current = next.stepId();
      return true;
    }
    end.complete(flowEnd(route));
    return false;
  }

  private static FlowEnd flowEnd(Route route) {
    if (route instanceof Route.End ended) {
      return ended.termination() instanceof Termination.Return returned
          ? new FlowEnd.Returned(returned.values())
          : new FlowEnd.Ended(ended.termination());
    }
    if (route instanceof Route.Fail fail) {
      return new FlowEnd.Failed(fail.reason());
    }
    return new FlowEnd.CallerHungUp();
  }
}
