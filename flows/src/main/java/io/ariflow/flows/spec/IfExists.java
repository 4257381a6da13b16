package io.ariflow.flows.spec;

/** What a recording does when a recording of the same name exists, as ARI's {@code ifExists} takes it. */
public enum IfExists {
  FAIL("fail"),
  OVERWRITE("overwrite"),
  APPEND("append");

  private final String ari;

  IfExists(String ari) {
    this.ari = ari;
  }

  /** The value as written in YAML and sent to ARI. */
  public String ari() {
    return ari;
  }
}
