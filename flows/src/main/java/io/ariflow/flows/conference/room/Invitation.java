package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.spec.Role;
import java.util.Optional;

/**
 * A participant the room is dialling: the role it gets when it answers and joins, and who asked (an admin's
 * channel, told if the call fails; empty for an engine operation).
 *
 * @param channelId the id of the dialled channel
 * @param role the role it joins with
 * @param requestedBy the admin that dialled it, if any
 */
record Invitation(String channelId, Role role, Optional<String> requestedBy) {
}
