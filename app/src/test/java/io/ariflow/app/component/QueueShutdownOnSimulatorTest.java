package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the engine stops its queues first: every queue_log line decided before the stop is on disk and the
 * file is closed (no descriptor of this process points at it any more), as a reporting tool tailing it expects.
 */
class QueueShutdownOnSimulatorTest {

  private static final Path OPEN_FILES = Path.of("/proc/self/fd");

  @TempDir
  Path dir;

  @Test
  void stopping_the_engine_writes_every_queue_log_line_and_closes_the_file() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(OPEN_FILES), "skipped: no /proc/self/fd to list open files");
    try (QueueRig rig = new QueueRig(dir, "\"2001\": [ring, {answer-after: 1s}, {hangup-after: 5s}]\n",
        List.of("2001"), "")) {
      rig.write("queue.yaml", "queue: support\nstrategy: linear\nmembers: [PJSIP/2001]\nwrapUp: 60s\n")
          .write("line.yaml", QueueStrategiesOnSimulatorTest.FLOW).start();
      String talked = rig.call("line", "5551000");
      rig.until("the first call completed", () -> rig.queueLogOf(talked).stream().anyMatch(l -> l.contains("COMPLETE")));
      String waiting = rig.call("line", "5551001");
      rig.until("the second caller entered", () -> !rig.queueLogOf(waiting).isEmpty());
      assertTrue(openFiles().contains(rig.queueLog), "the queue_log is open while the engine runs");

      rig.stopEngine();

      assertFalse(openFiles().contains(rig.queueLog), "the queue_log is closed once the engine stopped");
      List<String> lines = Files.readAllLines(rig.queueLog);
      assertEquals(List.of("ENTERQUEUE", "CONNECT", "COMPLETEAGENT"), events(lines, talked));
      assertEquals("ENTERQUEUE", events(lines, waiting).get(0));
      assertTrue(lines.stream().allMatch(line -> line.split("\\|").length >= 5), "no line cut short: " + lines);
    }
  }

  private static List<String> events(List<String> lines, String callId) {
    return lines.stream().filter(line -> line.contains("|" + callId + "|")).map(line -> line.split("\\|")[4])
        .toList();
  }

  /** The files this process has open, read from /proc. */
  private static List<Path> openFiles() {
    try (Stream<Path> fds = Files.list(OPEN_FILES)) {
      return fds.map(QueueShutdownOnSimulatorTest::target).flatMap(Optional::stream).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> target(Path fd) {
    try {
      return Optional.of(Files.readSymbolicLink(fd));
    } catch (IOException | UnsupportedOperationException gone) {
      return Optional.empty();
    }
  }
}
