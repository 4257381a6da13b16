package io.ariflow.flows.runtime;

import static io.ariflow.flows.runtime.RunInput.CALLER_HANGUP;
import static io.ariflow.flows.runtime.RunInput.CANCEL;
import static io.ariflow.flows.runtime.RunInput.FALLBACK_DONE;
import static io.ariflow.flows.runtime.RunInput.FLOW_END;
import static io.ariflow.flows.runtime.RunInput.START;
import static io.ariflow.flows.runtime.RunInput.STEP_DONE;
import static io.ariflow.flows.runtime.RunInput.STEP_FAILED;
import static io.ariflow.flows.runtime.RunState.CALLER_GONE;
import static io.ariflow.flows.runtime.RunState.ENDED;
import static io.ariflow.flows.runtime.RunState.FAILED;
import static io.ariflow.flows.runtime.RunState.FALLING_BACK;
import static io.ariflow.flows.runtime.RunState.NEW;
import static io.ariflow.flows.runtime.RunState.RUNNING;

import io.ariflow.flows.state.TransitionTable;

/**
 * The legal life of a run as data. A failure after the caller left has nobody to fall back for, so it ends
 * the run as failed directly; a failure inside the fallback path (a {@code goto} fallback) ends it too, so a
 * fallback can never loop.
 */
public final class RunTable {

  /** The run table. */
  public static final TransitionTable<RunState, RunInput> TABLE =
      TransitionTable.builder("flow-run", RunState.class, RunInput.class)
          .initial(NEW)
          .row(NEW, START, RUNNING)
          .row(NEW, CANCEL, ENDED)
          .row(RUNNING, STEP_DONE, RUNNING)
          .row(RUNNING, CALLER_HANGUP, CALLER_GONE)
          .row(RUNNING, FLOW_END, ENDED)
          .row(RUNNING, STEP_FAILED, FALLING_BACK)
          .row(RUNNING, CANCEL, ENDED)
          .row(CALLER_GONE, STEP_DONE, CALLER_GONE)
          .row(CALLER_GONE, FLOW_END, ENDED)
          .row(CALLER_GONE, STEP_FAILED, FAILED)
          .row(CALLER_GONE, CANCEL, ENDED)
          .row(FALLING_BACK, STEP_DONE, FALLING_BACK)
          .row(FALLING_BACK, CALLER_HANGUP, FALLING_BACK)
          .row(FALLING_BACK, FALLBACK_DONE, FAILED)
          .row(FALLING_BACK, STEP_FAILED, FAILED)
          .row(FALLING_BACK, CANCEL, FAILED)
          .build();

  private RunTable() {
  }
}
