package io.ariflow.sim.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Replays every recorded Asterisk 22 scenario against the simulator and compares status codes, body shapes,
 * error bodies, handshakes and each object's event sequence. Prints {@code fidelity: matching / total} per
 * scenario and in total; fails on any difference not listed in {@link KnownDifferences}. The system property
 * {@code fidelity.only} restricts the run to the traces whose name contains it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FidelityTest {

  private final Vertx vertx = Vertx.vertx();
  private final List<ScenarioScore> scores = new ArrayList<>();

  @AfterAll
  void close() {
    Await.within(vertx.close(), Duration.ofSeconds(10));
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedScenarioReplaysLikeTheRealAsterisk() {
    List<Path> traces = traces();
    Stream<DynamicTest> perScenario = traces.stream()
        .map(file -> dynamicTest(file.getFileName().toString(), () -> replayAndCompare(file)));
    return Stream.concat(perScenario, Stream.of(dynamicTest("total and known differences", this::total)));
  }

  private void replayAndCompare(Path file) {
    Trace trace = Trace.read(file);
    Replay replay = new Replayer(vertx, trace, KnownDifferences.ALL).run();
    List<StepResult> steps = new ArrayList<>(replay.steps());
    replay.actionFailures().forEach(f -> steps.add(StepResult.mismatch(trace.name(), "outside-world action", f)));
    SequenceBuilder seqs = new SequenceBuilder(replay);
    steps.addAll(SequenceCheck.compare(trace.name(), seqs.recorded(), seqs.sim(), seqs.labels(), KnownDifferences.ALL));
    ScenarioScore score = new ScenarioScore(trace.name(), steps);
    scores.add(score);
    System.out.println(score.line());
    score.steps().stream().filter(s -> s.verdict() != StepResult.Verdict.MATCH)
        .forEach(s -> System.out.println("  " + s));
    assertTrue(score.mismatches().isEmpty(), () -> trace.name() + ": " + score.mismatches().size()
        + " unexplained differences:\n" + score.mismatches().stream().map(String::valueOf)
        .collect(Collectors.joining("\n")));
  }

  private void total() {
    long matching = scores.stream().mapToLong(ScenarioScore::matching).sum();
    long total = scores.stream().mapToLong(s -> s.steps().size()).sum();
    System.out.printf("fidelity: %d / %d steps match over %d scenarios%n", matching, total, scores.size());
    Set<String> used = new TreeSet<>();
    scores.forEach(s -> used.addAll(s.knownDifferencesUsed()));
    KnownDifferences.ALL.forEach(kd -> System.out.println("  known difference " + kd.id()
        + (used.contains(kd.id()) ? " (used)" : "") + ": " + kd.reason()));
    if (System.getProperty("fidelity.only") == null && scores.size() == traces().size()) {
      List<String> stale = KnownDifferences.ALL.stream()
          .filter(kd -> !(kd instanceof KnownDifference.NotCompared) && !used.contains(kd.id()))
          .map(KnownDifference::id).toList();
      assertEquals(List.of(), stale, "known differences that no scenario needs any more");
    }
  }

  private static List<Path> traces() {
    String shared = System.getProperty("ariflow.shared.dir");
    Assumptions.assumeTrue(shared != null, "skipped: system property ariflow.shared.dir is not set");
    Path dir = Path.of(shared, "ari", "traces");
    Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: no recorded traces at " + dir);
    try (Stream<Path> files = Files.list(dir)) {
      String only = System.getProperty("fidelity.only", "");
      return files.filter(f -> f.toString().endsWith(".jsonl") && f.getFileName().toString().contains(only))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
