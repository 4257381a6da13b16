package io.ariflow.flows.conference.room;

/** Whether a member is speaking, as TALK_DETECT reports it. */
public enum TalkState {
  SILENT, TALKING
}
