package io.ariflow.app;

/** Entry point placeholder while the CLI is built. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
  }
}
