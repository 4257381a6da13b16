package io.ariflow.flows.steps;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a terminal step ended the run. The step has already sent its command (hangup, continue); the
 * interpreter only stops. {@link Return} is handled by the interpreter: back to the calling flow, or, at the
 * top, back to the dialplan.
 */
public sealed interface Termination {

  /**
   * The flow hung the caller up.
   *
   * @param cause the ARI hangup reason sent
   */
  record HungUp(String cause) implements Termination {
  }

  /**
   * The caller went back to the dialplan.
   *
   * @param context the context, empty for "after Stasis()"
   * @param extension the extension, empty for "after Stasis()"
   * @param priority the priority, empty for "after Stasis()"
   */
  record Continued(Optional<String> context, Optional<String> extension, OptionalInt priority)
      implements Termination {
  }

  /**
   * A sub-flow returned values to its caller.
   *
   * @param values name -> value
   */
  record Return(Map<String, Object> values) implements Termination {
    /** Copies the values (nulls dropped). */
    public Return {
      values = Results.copy(values);
    }
  }

  /**
   * The call is over for another reason a step settled, e.g. a transfer whose bridge ended.
   *
   * @param summary what happened, for logs
   */
  record Finished(String summary) implements Termination {
  }
}
