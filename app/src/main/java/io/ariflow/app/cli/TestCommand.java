package io.ariflow.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.ariflow.app.flowtest.FlowTestRunner;
import io.ariflow.app.flowtest.ReportText;
import io.ariflow.app.flowtest.SuiteReport;
import io.vertx.core.Vertx;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ariflow test <dirs or files>}: runs the offline flow tests ({@code *.test.yaml}) against the
 * simulated Asterisk on virtual time and prints a pass/fail report, so CI proves flows work before a real
 * call does. Exits 0 when every case passes, 1 otherwise (failures, files with errors, or no test file).
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run offline flow tests (*.test.yaml) on the simulated Asterisk, in virtual time.")
public final class TestCommand implements Callable<Integer> {

  /** How long a whole run may take before it is given up (each case is bounded in virtual time too). */
  private static final long RUN_LIMIT_MINUTES = 30;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "test files, or directories searched recursively for *.test.yaml")
  List<Path> paths;

  @Option(names = "--verbose", description = "show the engine's and the simulator's logs while the tests run")
  boolean verbose;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Level before = setLogLevel(verbose ? Level.INFO : Level.OFF);
    Vertx vertx = Vertx.vertx();
    try {
      SuiteReport report = new FlowTestRunner(vertx).run(paths).toCompletionStage().toCompletableFuture()
          .get(RUN_LIMIT_MINUTES, TimeUnit.MINUTES);
      out.print(ReportText.of(report));
      return report.passed() ? 0 : 1;
    } catch (ExecutionException | TimeoutException e) {
      out.println("FAILED: the test run broke down: " + e);
      return 1;
    } finally {
      out.flush();
      vertx.close().toCompletionStage().toCompletableFuture().join();
      setLogLevel(before);
    }
  }

  /**
   * The engine logs every call at INFO; a test report is easier to read without them. Returns the level
   * before, to put back (null when logback is not the logging backend, or the root had no level).
   */
  private static Level setLogLevel(Level level) {
    if (level == null || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext logback)) {
      return null;
    }
    Level before = logback.getLogger(Logger.ROOT_LOGGER_NAME).getLevel();
    logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(level);
    return before;
  }
}
