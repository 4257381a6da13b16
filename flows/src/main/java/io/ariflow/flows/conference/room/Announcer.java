package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.spec.JoinLeaveAnnouncement;
import io.ariflow.flows.conference.spec.PromptKey;
import java.util.List;
import java.util.Optional;

/**
 * Builds the media lists a room announces: joins and leaves (tone, or the recorded name with "has joined"),
 * member counts, and the prompts a member hears on the way out.
 */
final class Announcer {

  private final RoomModel room;

  Announcer(RoomModel room) {
    this.room = room;
  }

  /** What the room hears when {@code member} joins, if anything. */
  Optional<List<String>> joined(Member member) {
    return movement(member, PromptKey.JOIN_TONE, PromptKey.HAS_JOINED);
  }

  /** What the room hears when {@code member} leaves, if anything. */
  Optional<List<String>> left(Member member) {
    return movement(member, PromptKey.LEAVE_TONE, PromptKey.HAS_LEFT);
  }

  private Optional<List<String>> movement(Member member, PromptKey tone, PromptKey named) {
    JoinLeaveAnnouncement kind = room.bridge().joinLeave();
    if (kind == JoinLeaveAnnouncement.NONE || member.profile().quiet()) {
      return Optional.empty();
    }
    if (kind == JoinLeaveAnnouncement.NAME && member.recordedName().isPresent()) {
      return Optional.of(List.of(member.recordedName().get(), room.media(named)));
    }
    return Optional.of(List.of(room.media(tone)));
  }

  /** "There are N other participants", "only one other", or "you are the only person". */
  List<String> count(int others) {
    if (others == 0) {
      return List.of(room.media(PromptKey.ONLY_PERSON));
    }
    if (others == 1) {
      return List.of(room.media(PromptKey.ONLY_ONE));
    }
    return List.of(room.media(PromptKey.THERE_ARE), "number:" + others, room.media(PromptKey.OTHER_IN_PARTY));
  }

  /** A single prompt. */
  List<String> prompt(PromptKey key) {
    return List.of(room.media(key));
  }
}
