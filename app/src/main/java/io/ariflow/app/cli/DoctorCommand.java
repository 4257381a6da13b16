package io.ariflow.app.cli;

import io.ariflow.app.DoctorLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ariflow doctor}: connects to the configured Asterisk and reports versions, whether our Stasis
 * application registered, and what the live ARI offers that ariflow does not know.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
    description = "Check the connection to Asterisk and compare its ARI with what ariflow knows.")
public final class DoctorCommand implements Callable<Integer> {

  @Mixin
  ConfigOption config;

  @Override
  public Integer call() throws Exception {
    return DoctorLauncher.run(config.load(), System.out) ? 0 : 1;
  }
}
