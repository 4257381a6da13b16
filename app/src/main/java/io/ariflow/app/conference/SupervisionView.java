package io.ariflow.app.conference;

import io.ariflow.flows.conference.supervision.Party;
import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.ariflow.flows.conference.supervision.SupervisionState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One running supervision session as the engine's operations list it (ChanSpy has no listing; AMI users grep
 * {@code core show channels} for it): who supervises whom, how, and since when.
 *
 * @param sessionId the id to switch or stop it with
 * @param supervisor the supervisor's channel and identity
 * @param target the supervised agent's channel and identity
 * @param callBridgeId the bridge of the supervised call
 * @param mode the mode in effect (empty while the first snoop is being made)
 * @param state the session's state (a switch in progress shows as SWITCHING)
 * @param since when the session started (engine clock)
 */
public record SupervisionView(String sessionId, Party supervisor, Party target, String callBridgeId,
    Optional<SupervisionMode> mode, SupervisionState state, Instant since) {

  /** Rejects nulls. */
  public SupervisionView {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(supervisor, "supervisor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(since, "since");
  }
}
