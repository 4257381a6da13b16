package io.ariflow.flows.conference.room;

/** ChannelTalkingStarted and ChannelTalkingFinished. */
public enum TalkInput {
  STARTED, FINISHED
}
