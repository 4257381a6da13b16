package io.ariflow.app.flowtest;

import io.ariflow.app.flows.HostingOptions;
import io.ariflow.flows.load.LoaderOptions;
import io.ariflow.flows.load.Problem;
import io.ariflow.flows.spec.Location;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs offline flow tests ({@code *.test.yaml}): each case against a fresh simulated Asterisk and a fresh
 * engine hosting the flows in-process, on virtual time, with HTTP and dialled parties stubbed; no network but
 * loopback. Files and cases run one after the other, so reports are deterministic. Reading files and loading
 * flows happen off the event loop.
 */
public final class FlowTestRunner {

  private final Vertx vertx;
  private final HostingOptions hosting;
  private final FilePreparation preparation;

  /** A runner with the standard step types (and custom ones found by ServiceLoader). */
  public FlowTestRunner(Vertx vertx) {
    this(vertx, HostingOptions.defaults());
  }

  /** A runner whose engines use {@code hosting}'s step types and ids; clock, timers and HTTP are the runner's. */
  public FlowTestRunner(Vertx vertx, HostingOptions hosting) {
    this.vertx = vertx;
    this.hosting = hosting;
    this.preparation = new FilePreparation(new LoaderOptions(Set.of(),
        List.copyOf(hosting.steps().customTypes().values())));
  }

  /** Runs the test files among {@code paths} (directories are searched for {@code *.test.yaml}). */
  public Future<SuiteReport> run(List<Path> paths) {
    return vertx.executeBlocking(() -> TestFiles.find(paths)).compose(files -> runFiles(files, 0, new ArrayList<>()));
  }

  /** Runs one test file; never fails (a file that cannot be run is reported with the reason). */
  public Future<FileReport> runFile(Path testFile) {
    return vertx.executeBlocking(() -> preparation.prepare(testFile))
        .compose(prepared -> runCases(prepared).eventually(() -> vertx.executeBlocking(() -> {
          FilePreparation.cleanUp(prepared);
          return null;
        })))
        .recover(failure -> Future.succeededFuture(new FileReport(testFile, List.of(Problem.error(
            new Location(testFile.toString(), 1, 1), "the test file could not be run: " + failure)), List.of())));
  }

  private Future<SuiteReport> runFiles(List<Path> files, int next, List<FileReport> done) {
    if (next == files.size()) {
      return Future.succeededFuture(new SuiteReport(done));
    }
    return runFile(files.get(next)).compose(report -> {
      done.add(report);
      return runFiles(files, next + 1, done);
    });
  }

  private Future<FileReport> runCases(PreparedFile prepared) {
    if (!prepared.runnable()) {
      return Future.succeededFuture(new FileReport(prepared.file().path(), prepared.problems(), List.of()));
    }
    return runCases(prepared, 0, new ArrayList<>())
        .map(cases -> new FileReport(prepared.file().path(), prepared.problems(), cases));
  }

  private Future<List<CaseReport>> runCases(PreparedFile prepared, int next, List<CaseReport> done) {
    List<TestCase> cases = prepared.file().cases();
    if (next == cases.size()) {
      return Future.succeededFuture(done);
    }
    TestCase test = cases.get(next);
    return new CaseRun(vertx, test, prepared.hostDir().orElseThrow(), hosting).run().compose(report -> {
      done.add(report);
      return runCases(prepared, next + 1, done);
    });
  }
}
