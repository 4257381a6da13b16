package io.ariflow.app.cli;

import picocli.CommandLine.Command;

/** The {@code ariflow} command: a call-control engine for Asterisk; each capability is a sub-command. */
@Command(
    name = "ariflow",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Call-control engine for Asterisk, driven through ARI.",
    subcommands = {RunCommand.class, DoctorCommand.class, SimCommand.class, ValidateCommand.class,
        TestCommand.class})
public final class AriflowCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
