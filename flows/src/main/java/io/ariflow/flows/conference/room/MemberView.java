package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.spec.Role;
import java.time.Instant;

/**
 * One member as listings show it (ConfBridge's ConfbridgeList): a value copied out of the room.
 *
 * @param channelId the member's channel
 * @param seat its participant number
 * @param role its role
 * @param caller its caller id
 * @param state where it is (WAITING or IN_ROOM for members present)
 * @param muted whether the others cannot hear it
 * @param talking whether it is speaking
 * @param joinedAt when it was admitted
 * @param invited whether the room dialled it
 */
public record MemberView(String channelId, int seat, Role role, Caller caller, MemberState state, boolean muted,
    boolean talking, Instant joinedAt, boolean invited) {
}
