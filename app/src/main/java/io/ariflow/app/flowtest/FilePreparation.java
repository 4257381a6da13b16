package io.ariflow.app.flowtest;

import io.ariflow.flows.load.FlowCatalog;
import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.LoaderOptions;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.spec.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a test file (blocking: run it off the event loop): reads it, loads the flows it tests exactly as
 * the engine will, checks the cases against them, and finds the directory to host the flows from. A single
 * directory is hosted as it is; listed files are copied into a temporary directory.
 */
final class FilePreparation {
  private static final Logger LOG = LoggerFactory.getLogger(FilePreparation.class);

  private final LoaderOptions loaderOptions;

  FilePreparation(LoaderOptions loaderOptions) {
    this.loaderOptions = loaderOptions;
  }

  PreparedFile prepare(Path testFile) {
    TestFileRead read = TestFileReader.read(testFile);
    Problems problems = new Problems();
    problems.addAll(read.problems());
    FlowTestFile file = read.file();
    if (read.hasErrors() || file.flows().isEmpty()) {
      return new PreparedFile(file, problems.toList(), FlowCatalog.empty(), Optional.empty(), false);
    }
    LoadResult flows = new FlowLoader(loaderOptions).load(file.flows());
    problems.addAll(flows.errors());
    if (flows.catalog().size() == 0 && !flows.hasErrors()) {
      problems.error(new Location(testFile.toString(), 1, 1), "no flow found in " + file.flows()
          + ": point 'flows' at the flow files or their directory");
    }
    CaseChecks.check(file, flows.catalog(), problems);
    if (problems.hasErrors()) {
      return new PreparedFile(file, problems.toList(), flows.catalog(), Optional.empty(), false);
    }
    boolean oneDirectory = file.flows().size() == 1 && Files.isDirectory(file.flows().get(0));
    Optional<Path> dir = oneDirectory ? Optional.of(file.flows().get(0)) : copy(flows.catalog().files(), problems,
        testFile);
    return new PreparedFile(file, problems.toList(), flows.catalog(), dir, !oneDirectory);
  }

  private static Optional<Path> copy(List<Path> flowFiles, Problems problems, Path testFile) {
    try {
      Path dir = Files.createTempDirectory("ariflow-test-");
      for (int i = 0; i < flowFiles.size(); i++) {
        Files.copy(flowFiles.get(i), dir.resolve(i + "-" + flowFiles.get(i).getFileName()));
      }
      return Optional.of(dir);
    } catch (IOException e) {
      problems.error(new Location(testFile.toString(), 1, 1), "cannot copy the flows to a temporary directory: "
          + e.getMessage());
      return Optional.empty();
    }
  }

  /** Deletes a temporary copy; what cannot be deleted is left, with a warning. */
  static void cleanUp(PreparedFile prepared) {
    if (!prepared.temporary() || prepared.hostDir().isEmpty()) {
      return;
    }
    try (Stream<Path> files = Files.list(prepared.hostDir().get())) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(prepared.hostDir().get());
    } catch (IOException e) {
      LOG.warn("could not delete the temporary copy of the flows in {}: {}", prepared.hostDir().get(),
          e.getMessage());
    }
  }
}
