package io.ariflow.flows.load;

/** How bad a problem is: an error keeps its flow out of the catalog, a warning does not. */
public enum Severity {
  ERROR, WARNING;

  /** The word a compiler would print: {@code error} or {@code warning}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
