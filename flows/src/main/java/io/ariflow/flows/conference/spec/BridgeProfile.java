package io.ariflow.flows.conference.spec;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a room behaves as a whole (ConfBridge's bridge profile plus the room-wide switches of the issue).
 *
 * @param maxMembers members at most, admins excepted; 0 means no limit
 * @param startLocked whether the room starts locked (only admins and invited participants enter)
 * @param pinAttempts how many PINs a caller may enter before being refused
 * @param waitForMarked whether members that are not marked wait (with music) until a marked member is present
 * @param endWhenLastMarkedLeaves whether the room ends when its last marked member leaves
 * @param joinLeave what the room hears when someone joins or leaves
 * @param memberCount who is told the member count on a join
 * @param onlyPersonPrompt whether a member entering an empty room hears "you are the only person"
 * @param mohWhenAlone whether a member alone in the room hears music
 * @param mohClass the music class for waiting and lonely members
 * @param recording how the room is recorded, if it may be
 * @param talkDetection talk detection for every member, if wanted
 * @param dialOut how service codes dial participants in, if they may
 * @param drainTimeout how long an ending room waits for its members to leave the bridge before it forgets them
 * @param prompts the sounds
 */
public record BridgeProfile(
    int maxMembers, boolean startLocked, int pinAttempts, boolean waitForMarked, boolean endWhenLastMarkedLeaves,
    JoinLeaveAnnouncement joinLeave, CountAnnouncement memberCount, boolean onlyPersonPrompt, boolean mohWhenAlone,
    String mohClass, Optional<RecordingPlan> recording, Optional<TalkDetection> talkDetection,
    Optional<DialOutPlan> dialOut, Duration drainTimeout, Prompts prompts) {

  /** Rejects nulls. */
  public BridgeProfile {
    Objects.requireNonNull(joinLeave, "joinLeave");
    Objects.requireNonNull(memberCount, "memberCount");
    Objects.requireNonNull(mohClass, "mohClass");
    Objects.requireNonNull(recording, "recording");
    Objects.requireNonNull(talkDetection, "talkDetection");
    Objects.requireNonNull(dialOut, "dialOut");
    Objects.requireNonNull(drainTimeout, "drainTimeout");
    Objects.requireNonNull(prompts, "prompts");
  }

  /** ConfBridge-like defaults: no limit, 3 PIN attempts, only-person prompt, class {@code default}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code members} non-admin members fill the room. */
  public boolean isFull(int members) {
    return maxMembers > 0 && members >= maxMembers;
  }

  /** Collects a profile from the defaults. */
  public static final class Builder {
    private int maxMembers;
    private boolean startLocked;
    private int pinAttempts = 3;
    private boolean waitForMarked;
    private boolean endWhenLastMarkedLeaves;
    private JoinLeaveAnnouncement joinLeave = JoinLeaveAnnouncement.NONE;
    private CountAnnouncement memberCount = CountAnnouncement.NONE;
    private boolean onlyPersonPrompt = true;
    private boolean mohWhenAlone;
    private String mohClass = "default";
    private Optional<RecordingPlan> recording = Optional.empty();
    private Optional<TalkDetection> talkDetection = Optional.empty();
    private Optional<DialOutPlan> dialOut = Optional.empty();
    private Duration drainTimeout = Duration.ofSeconds(5);
    private Prompts prompts = Prompts.DEFAULTS;

    private Builder() {
    }

    /** Sets max members (0 = no limit). */
    public Builder maxMembers(int value) {
      maxMembers = value;
      return this;
    }

    /** Sets start locked. */
    public Builder startLocked(boolean value) {
      startLocked = value;
      return this;
    }

    /** Sets PIN attempts. */
    public Builder pinAttempts(int value) {
      pinAttempts = value;
      return this;
    }

    /** Sets wait for marked. */
    public Builder waitForMarked(boolean value) {
      waitForMarked = value;
      return this;
    }

    /** Sets end when the last marked member leaves. */
    public Builder endWhenLastMarkedLeaves(boolean value) {
      endWhenLastMarkedLeaves = value;
      return this;
    }

    /** Sets the join/leave announcement. */
    public Builder joinLeave(JoinLeaveAnnouncement value) {
      joinLeave = value;
      return this;
    }

    /** Sets the member count announcement. */
    public Builder memberCount(CountAnnouncement value) {
      memberCount = value;
      return this;
    }

    /** Sets the only-person prompt. */
    public Builder onlyPersonPrompt(boolean value) {
      onlyPersonPrompt = value;
      return this;
    }

    /** Sets music when alone. */
    public Builder mohWhenAlone(boolean value) {
      mohWhenAlone = value;
      return this;
    }

    /** Sets the music class. */
    public Builder mohClass(String value) {
      mohClass = value;
      return this;
    }

    /** Sets the recording plan. */
    public Builder recording(RecordingPlan value) {
      recording = Optional.of(value);
      return this;
    }

    /** Sets talk detection. */
    public Builder talkDetection(TalkDetection value) {
      talkDetection = Optional.of(value);
      return this;
    }

    /** Sets the dial-out plan. */
    public Builder dialOut(DialOutPlan value) {
      dialOut = Optional.of(value);
      return this;
    }

    /** Sets the drain timeout. */
    public Builder drainTimeout(Duration value) {
      drainTimeout = value;
      return this;
    }

    /** Sets the prompts. */
    public Builder prompts(Prompts value) {
      prompts = value;
      return this;
    }

    /** The profile. */
    public BridgeProfile build() {
      return new BridgeProfile(maxMembers, startLocked, pinAttempts, waitForMarked, endWhenLastMarkedLeaves,
          joinLeave, memberCount, onlyPersonPrompt, mohWhenAlone, mohClass, recording, talkDetection, dialOut,
          drainTimeout, prompts);
    }
  }
}
