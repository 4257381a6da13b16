package io.ariflow.flows.conference.supervision;

import java.util.Optional;

/**
 * The supervisor's keys during a session. The defaults are ChanSpy's {@code d} option (4 spy, 5 whisper,
 * 6 barge) plus {@code *} to stop, as ChanSpy's star stops spying.
 *
 * @param listen switches to LISTEN
 * @param whisper switches to WHISPER
 * @param barge switches to BARGE
 * @param stop ends the session
 */
public record SupervisionKeys(char listen, char whisper, char barge, char stop) {

  /** 4, 5, 6 and *. */
  public static final SupervisionKeys DEFAULTS = new SupervisionKeys('4', '5', '6', '*');

  /** The message {@code digit} stands for, if any. */
  public Optional<SupervisionMessage> messageFor(char digit) {
    if (digit == listen) {
      return Optional.of(new SupervisionMessage.SwitchMode(SupervisionMode.LISTEN));
    }
    if (digit == whisper) {
      return Optional.of(new SupervisionMessage.SwitchMode(SupervisionMode.WHISPER));
    }
    if (digit == barge) {
      return Optional.of(new SupervisionMessage.SwitchMode(SupervisionMode.BARGE));
    }
    return digit == stop ? Optional.of(new SupervisionMessage.Stop()) : Optional.empty();
  }
}
