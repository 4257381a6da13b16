package io.ariflow.app.flows;

import io.ariflow.flows.runtime.RunResult;

/** How hosting one run ended: the run's own result, or a failure of the interpreter itself (a bug). */
sealed interface RunOutcome {

  /** The run ended and reported how. */
  record Ended(RunResult result) implements RunOutcome {
  }

  /** The interpreter threw; the run was cancelled. */
  record Crashed(Throwable cause) implements RunOutcome {
  }
}
