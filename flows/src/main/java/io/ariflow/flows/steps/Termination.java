package io.ariflow.flows.steps;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a terminal step ends the run. The interpreter performs the final command itself once the step (and its
 * clean-up) is over: hang the caller up, send it back to the dialplan, or, for {@link Return}, go back to the
 * calling flow (at the top: the dialplan). So the caller's own hangup events, which may arrive before the
 * command's answer, can never turn a deliberate end into a "caller hung up".
 */
public sealed interface Termination {

  /**
   * Hang the caller up.
   *
   * @param cause the ARI hangup reason to send
   */
  record HungUp(String cause) implements Termination {
  }

  /**
   * Send the caller back to the dialplan.
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
