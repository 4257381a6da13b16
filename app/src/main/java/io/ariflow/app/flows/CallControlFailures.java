package io.ariflow.app.flows;

import io.ariflow.app.ari.rest.AriFailure;
import io.ariflow.app.ari.rest.BadRequest;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.app.ari.rest.NotAnswered;
import io.ariflow.app.ari.rest.NotInStasis;
import io.ariflow.app.ari.rest.Transport;
import io.ariflow.app.ari.rest.Unprocessable;
import io.ariflow.flows.port.CallControlFailure;
import io.ariflow.flows.port.FailureKind;
import io.vertx.core.Future;

/**
 * Translates the REST client's failures into the flows' {@link FailureKind}s. A 401 says ariflow is
 * misconfigured, which a flow can only treat like an Asterisk fault ({@link FailureKind#SERVER}). A
 * failure that is not an ARI answer (a bug) passes through unchanged.
 */
final class CallControlFailures {

  private CallControlFailures() {
  }

  /** The port's failure for {@code failure}. */
  static Throwable translate(Throwable failure) {
    if (!(failure instanceof AriFailure ari)) {
      return failure;
    }
    return new CallControlFailure(kindOf(ari), ari.getMessage(), ari);
  }

  /** Recovers a failed command as the port's failure. */
  static <T> Future<T> translated(Future<T> command) {
    return command.recover(failure -> Future.failedFuture(translate(failure)));
  }

  static FailureKind kindOf(AriFailure failure) {
    if (failure instanceof Gone) {
      return FailureKind.GONE;
    }
    if (failure instanceof NotInStasis) {
      return FailureKind.NOT_IN_STASIS;
    }
    if (failure instanceof NotAnswered) {
      return FailureKind.NOT_ANSWERED;
    }
    if (failure instanceof Unprocessable) {
      return FailureKind.UNPROCESSABLE;
    }
    if (failure instanceof BadRequest) {
      return FailureKind.BAD_REQUEST;
    }
    return failure instanceof Transport ? FailureKind.TRANSPORT : FailureKind.SERVER;
  }
}
