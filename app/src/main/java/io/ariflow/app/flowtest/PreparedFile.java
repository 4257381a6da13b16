package io.ariflow.app.flowtest;

import io.ariflow.flows.load.FlowCatalog;
import io.ariflow.flows.load.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A test file ready to run: read, its flows loaded and checked against it, and the directory the engine
 * hosts the flows from (the flows' own directory, or a copy of the listed files).
 *
 * @param file what the test file says
 * @param problems problems of the test file and errors of the flows under test
 * @param catalog the flows under test that loaded
 * @param hostDir the directory the engine loads the flows from; empty when the file cannot run
 * @param temporary whether {@code hostDir} is a copy to delete afterwards
 */
record PreparedFile(FlowTestFile file, List<Problem> problems, FlowCatalog catalog, Optional<Path> hostDir,
    boolean temporary) {

  PreparedFile {
    Objects.requireNonNull(file, "file");
    problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(hostDir, "hostDir");
  }

  boolean runnable() {
    return hostDir.isPresent() && problems.stream().noneMatch(Problem::isError);
  }
}
