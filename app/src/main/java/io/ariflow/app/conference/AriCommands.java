package io.ariflow.app.conference;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.BadRequest;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.app.ari.rest.NotInStasis;
import io.ariflow.app.ari.rest.Unprocessable;
import io.ariflow.flows.conference.command.Command;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the domain's ARI commands. {@link #run} treats the answers that mean "already gone" as done: 404 (the
 * channel, bridge or recording is gone), 422 (the channel is no longer in that bridge), 409 (the channel left
 * Stasis) and addChannel's 400 "Channel not found" are normal races of a live room, never failures of it.
 */
public final class AriCommands {
  private static final Logger LOG = LoggerFactory.getLogger(AriCommands.class);

  private final AriRestClient rest;
  private final String app;

  /** Commands sent through {@code rest}; dial-outs and snoops enter Stasis application {@code app}. */
  public AriCommands(AriRestClient rest, String app) {
    this.rest = rest;
    this.app = app;
  }

  /** Sends {@code command} as is: any refusal fails the future (callers that must react to one use this). */
  Future<Void> send(Command command) {
    return AriRequests.of(command, app).<Future<Void>>map(request -> rest.send(request).mapEmpty())
        .orElseGet(() -> Future.failedFuture(new IllegalArgumentException(command + " is not an ARI request")));
  }

  /** Sends {@code command}; a race answer counts as done, any other failure is logged and returned. */
  public Future<Void> run(Command command) {
    return send(command).recover(failure -> {
      if (isRace(failure)) {
        LOG.debug("{} found its object gone: {}", command, failure.getMessage());
        return Future.succeededFuture();
      }
      LOG.warn("{} failed: {}", command, failure.getMessage());
      return Future.failedFuture(failure);
    });
  }

  /** Whether a refusal only says the object is already gone or elsewhere. */
  static boolean isRace(Throwable failure) {
    if (failure instanceof Gone || failure instanceof Unprocessable || failure instanceof NotInStasis) {
      return true;
    }
    return failure instanceof BadRequest bad && bad.body() != null && bad.body().contains("Channel not found");
  }
}
