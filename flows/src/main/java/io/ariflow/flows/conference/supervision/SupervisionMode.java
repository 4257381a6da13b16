package io.ariflow.flows.conference.supervision;

import io.ariflow.flows.conference.command.AudioDirection;
import java.util.Locale;

/**
 * How a supervisor joins a call, as ChanSpy's modes: LISTEN hears both sides through a snoop that injects
 * nothing; WHISPER also speaks to the agent only (the snoop whispers toward the agent's ear, {@code out}); BARGE
 * joins the call's bridge, so everyone hears everyone.
 */
public enum SupervisionMode {
  LISTEN(AudioDirection.NONE),
  WHISPER(AudioDirection.OUT),
  BARGE(AudioDirection.NONE);

  private final AudioDirection whisper;

  SupervisionMode(AudioDirection whisper) {
    this.whisper = whisper;
  }

  /** Whether the mode listens through a snoop channel (LISTEN, WHISPER) rather than the call's bridge. */
  public boolean usesSnoop() {
    return this != BARGE;
  }

  /** The snoop's whisper direction for this mode. */
  public AudioDirection whisper() {
    return whisper;
  }

  /** The name used in requests and logs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
