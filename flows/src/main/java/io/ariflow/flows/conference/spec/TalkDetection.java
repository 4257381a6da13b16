package io.ariflow.flows.conference.spec;

/**
 * Talk detection settings applied to each member through {@code TALK_DETECT(set)}, so the room knows who is
 * speaking from ChannelTalkingStarted / ChannelTalkingFinished.
 *
 * @param silenceMs milliseconds of silence after which talking is over (ConfBridge dsp_silence_threshold)
 * @param talkingThreshold energy above which audio counts as talking (ConfBridge dsp_talking_threshold)
 */
public record TalkDetection(int silenceMs, int talkingThreshold) {

  /** ConfBridge's defaults: 2500 ms of silence, threshold 160. */
  public static final TalkDetection DEFAULTS = new TalkDetection(2500, 160);
}
