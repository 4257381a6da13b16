package io.ariflow.flows.conference.room;

/**
 * What the room does when one of its prompts ends: music follows "wait for the leader" and "you are the only
 * person", so the music never talks over the prompt.
 */
sealed interface FollowUp {

  /** The channel the prompt was played to, or null for a bridge prompt. */
  String channelId();

  /**
   * Start music on the member's channel if it still waits.
   *
   * @param channelId the waiting member
   */
  record ChannelMoh(String channelId) implements FollowUp {
  }

  /**
   * Start music on the bridge if exactly one member is in it.
   *
   * @param channelId the member that heard the prompt
   */
  record BridgeMohIfAlone(String channelId) implements FollowUp {
  }
}
