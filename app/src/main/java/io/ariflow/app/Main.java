package io.ariflow.app;

import io.ariflow.app.cli.AriflowCommand;
import picocli.CommandLine;

/** Process entry point: hands the arguments to the CLI and exits with its code. Wires nothing else. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = new CommandLine(new AriflowCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
