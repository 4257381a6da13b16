package io.ariflow.flows.spec;

/** The DTMF that stops a recording, as ARI's {@code terminateOn} takes it. */
public enum TerminateOn {
  NONE("none"),
  ANY("any"),
  STAR("*"),
  HASH("#");

  private final String ari;

  TerminateOn(String ari) {
    this.ari = ari;
  }

  /** The value as written in YAML and sent to ARI. */
  public String ari() {
    return ari;
  }
}
