package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlReader;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.spec.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code *.test.yaml} file: {@code flows} (files or directories, relative to the test file; default
 * its directory), the shared {@code caller}, {@code http} and {@code parties}, and the {@code cases}. Every
 * problem is reported at once, as {@code file:line:col} with a fix. Blocking: run it off the event loop.
 */
public final class TestFileReader {

  private static final List<String> FIELDS = List.of("flows", "caller", "http", "parties", "cases");

  private TestFileReader() {
  }

  /** Reads {@code path}. */
  public static TestFileRead read(Path path) {
    try {
      return read(path, Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      Problems problems = new Problems();
      problems.error(new Location(path.toString(), 1, 1), "cannot read the test file: " + e.getMessage());
      return new TestFileRead(new FlowTestFile(path, List.of(), List.of()), problems.toList());
    }
  }

  /** Reads {@code text} as if it were the file {@code path}. */
  public static TestFileRead read(Path path, String text) {
    Problems problems = new Problems();
    List<YamlNode> documents = YamlReader.read(path.toString(), text, problems);
    if (documents.size() > 1) {
      problems.error(documents.get(1).location(), "a test file holds one document: move these cases into "
          + "the first one's 'cases', or into another *.test.yaml file");
    }
    FlowTestFile file = documents.isEmpty() ? empty(path, problems)
        : MapFields.of(documents.get(0), "a test file", FIELDS, problems).map(f -> file(path, f, problems))
            .orElseGet(() -> new FlowTestFile(path, List.of(), List.of()));
    return new TestFileRead(file, problems.toList());
  }

  private static FlowTestFile empty(Path path, Problems problems) {
    if (!problems.hasErrors()) {
      problems.error(new Location(path.toString(), 1, 1), "the test file is empty: write 'cases:' with at least "
          + "one case");
    }
    return new FlowTestFile(path, List.of(), List.of());
  }

  private static FlowTestFile file(Path path, MapFields f, Problems problems) {
    List<Path> flows = f.list("flows").map(nodes -> flowPaths(path, nodes, problems))
        .orElseGet(() -> List.of(directoryOf(path)));
    CaseReader reader = new CaseReader(problems);
    CaseReader.Shared shared = new CaseReader.Shared(
        f.node("caller").map(n -> new CallerReader(problems).read(n, CallerSpec.DEFAULTS)).orElse(CallerSpec.DEFAULTS),
        f.list("http").map(new HttpStubReader(problems)::read).orElse(List.of()),
        f.mapping("parties", "{\"104\": answer}").map(new PartyReader(problems)::read).orElse(List.of()));
    List<YamlNode> caseNodes = f.list("cases").orElse(List.of());
    if (caseNodes.isEmpty()) {
      f.missing("cases", "a list of test cases, each with a name, a caller, a script and expectations");
    }
    List<TestCase> cases = new ArrayList<>();
    for (int i = 0; i < caseNodes.size(); i++) {
      reader.read(caseNodes.get(i), i + 1, shared).ifPresent(cases::add);
    }
    return new FlowTestFile(path, flows, cases);
  }

  private static List<Path> flowPaths(Path testFile, List<YamlNode> nodes, Problems problems) {
    List<Path> paths = new ArrayList<>();
    for (YamlNode node : nodes) {
      Optional<Path> path = node instanceof YamlScalar s ? Optional.of(directoryOf(testFile).resolve(s.text()))
          : Optional.empty();
      if (path.isEmpty()) {
        problems.error(node.location(), "'flows' lists flow files or directories, not " + node.describe());
      } else if (!Files.exists(path.get())) {
        problems.error(node.location(), "no such flow file or directory: " + path.get().normalize()
            + " (paths are relative to the test file)");
      } else {
        paths.add(path.get().normalize());
      }
    }
    return paths;
  }

  private static Path directoryOf(Path file) {
    return file.getParent() != null ? file.getParent() : Path.of("");
  }
}
