package io.ariflow.app.flows;

import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs every problem of a load like a compiler ({@code file:line:col: error: message}), errors loudly. */
final class ProblemLog {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemLog.class);

  private ProblemLog() {
  }

  static void log(LoadResult result) {
    for (Problem problem : result.problems()) {
      if (problem.isError()) {
        LOG.error("flow problem: {}", problem.format());
      } else {
        LOG.warn("flow problem: {}", problem.format());
      }
    }
  }
}
