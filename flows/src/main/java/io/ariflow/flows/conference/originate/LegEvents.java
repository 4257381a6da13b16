package io.ariflow.flows.conference.originate;

import java.util.Optional;

/** Maps a leg event to the input for leg A or leg B; events of other channels map to nothing. */
final class LegEvents {

  private LegEvents() {
  }

  static Optional<ClickToCallInput> input(ClickToCallMessage message, String legA, String legB) {
    String channel = channelOf(message);
    boolean isA = legA.equals(channel);
    if (!isA && (legB == null || !legB.equals(channel))) {
      return Optional.empty();
    }
    if (message instanceof ClickToCallMessage.Answered) {
      return Optional.of(isA ? ClickToCallInput.A_ANSWERED : ClickToCallInput.B_ANSWERED);
    }
    if (message instanceof ClickToCallMessage.Busy) {
      return Optional.of(isA ? ClickToCallInput.A_BUSY : ClickToCallInput.B_BUSY);
    }
    if (message instanceof ClickToCallMessage.NoAnswer) {
      return Optional.of(isA ? ClickToCallInput.A_NO_ANSWER : ClickToCallInput.B_NO_ANSWER);
    }
    if (message instanceof ClickToCallMessage.Failed) {
      return Optional.of(isA ? ClickToCallInput.A_FAILED : ClickToCallInput.B_FAILED);
    }
    return Optional.of(isA ? ClickToCallInput.A_GONE : ClickToCallInput.B_GONE);
  }

  private static String channelOf(ClickToCallMessage message) {
    if (message instanceof ClickToCallMessage.Answered answered) {
      return answered.channelId();
    }
    if (message instanceof ClickToCallMessage.Busy busy) {
      return busy.channelId();
    }
    if (message instanceof ClickToCallMessage.NoAnswer noAnswer) {
      return noAnswer.channelId();
    }
    if (message instanceof ClickToCallMessage.Failed failed) {
      return failed.channelId();
    }
    if (message instanceof ClickToCallMessage.HungUp hungUp) {
      return hungUp.channelId();
    }
    return "";
  }
}
