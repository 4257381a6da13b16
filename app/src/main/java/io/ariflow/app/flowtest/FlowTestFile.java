package io.ariflow.app.flowtest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One {@code *.test.yaml} file as read: the flows under test and the cases.
 *
 * @param path the test file
 * @param flows the flow files or directories the cases run against (resolved against the file's directory)
 * @param cases the cases, in file order
 */
public record FlowTestFile(Path path, List<Path> flows, List<TestCase> cases) {

  /** Copies the lists. */
  public FlowTestFile {
    Objects.requireNonNull(path, "path");
    flows = List.copyOf(flows);
    cases = List.copyOf(cases);
  }
}
