package io.ariflow.flows.spec;

/** What a {@code say} step reads out; the name is the YAML field holding the value. */
public enum SayKind {
  DIGITS("digits"),
  NUMBER("number"),
  CHARACTERS("characters"),
  DATE("date");

  private final String field;

  SayKind(String field) {
    this.field = field;
  }

  /** The YAML field that selects this kind. */
  public String field() {
    return field;
  }
}
