package io.ariflow.flows.port;

import io.ariflow.flows.conference.supervision.SupervisionMode;
import java.util.Objects;

/**
 * What a {@code supervise} step asks for.
 *
 * @param supervisorChannelId the supervisor's channel (answered, in Stasis)
 * @param supervisorIdentity who the supervisor is for the policy, e.g. {@code PJSIP/1001}
 * @param target the supervised agent's channel id, or its endpoint ({@code PJSIP/2001})
 * @param mode the mode to start in
 */
public record SuperviseRequest(String supervisorChannelId, String supervisorIdentity, String target,
    SupervisionMode mode) {

  /** Rejects nulls. */
  public SuperviseRequest {
    Objects.requireNonNull(supervisorChannelId, "supervisorChannelId");
    Objects.requireNonNull(supervisorIdentity, "supervisorIdentity");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
  }
}
