package io.ariflow.flows.queue.definition;

/**
 * One thing wrong with a queue declaration, located by a path into it ({@code members[2].penalty}) so the
 * loader can turn it into {@code file:line:col}.
 *
 * @param path where in the declaration, dot and index separated; empty for the queue as a whole
 * @param message what is wrong and how to fix it
 */
public record DefinitionProblem(String path, String message) {

  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message;
  }
}
