package io.ariflow.sim.script;

/** One thing wrong in a scenario file, at the place it was written: {@code calls.yaml:4:7: message}. */
public record ScenarioProblem(String file, int line, int column, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
