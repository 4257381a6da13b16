package io.ariflow.flows.conference.command;

/**
 * Which of a member's two volumes a menu changes. TALK is how loud the others hear the member (ARI variable
 * {@code VOLUME(RX)}, audio received from the channel); LISTEN is how loud the member hears the room
 * ({@code VOLUME(TX)}, audio sent to the channel).
 */
public enum VolumeDirection {
  TALK("VOLUME(RX)"),
  LISTEN("VOLUME(TX)");

  private final String variable;

  VolumeDirection(String variable) {
    this.variable = variable;
  }

  /** The channel variable the adapter sets. */
  public String variable() {
    return variable;
  }
}
