package io.ariflow.app.cli;

import io.ariflow.app.Launcher;
import io.ariflow.app.config.AriflowConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ariflow run}: starts the engine and runs until the process is stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the engine. With no ARI URL configured, it starts the embedded simulated Asterisk.")
public final class RunCommand implements Callable<Integer> {

  @Mixin
  ConfigOption config;

  @Override
  public Integer call() throws Exception {
    AriflowConfig loaded = config.load();
    Launcher.Running running = Launcher.start(loaded).toCompletionStage().toCompletableFuture().get();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close().toCompletionStage().toCompletableFuture().join();
      stopped.countDown();
    }, "ariflow-shutdown"));
    stopped.await();
    return 0;
  }
}
