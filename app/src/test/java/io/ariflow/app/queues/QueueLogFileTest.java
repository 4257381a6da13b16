package io.ariflow.app.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.queue.log.QueueLogEvent;
import io.ariflow.flows.queue.log.QueueLogRecord;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue_log file on shutdown: closing flushes every line, including those decided while the file was still
 * being opened (the engine can stop right after it started), and appends to what an earlier run wrote.
 */
class QueueLogFileTest {

  private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

  @TempDir
  Path dir;

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void closeVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** Opens the file, writes {@code calls} ENTERQUEUE lines at once and closes it, all on one context. */
  private void writeAndClose(Path file, List<String> calls) throws Exception {
    Context context = vertx.getOrCreateContext();
    Promise<Void> closed = Promise.promise();
    context.runOnContext(v -> {
      QueueLogFile log = QueueLogFile.opening(vertx, file);
      calls.forEach(call -> log.write(new QueueLogRecord(AT, call, "support", QueueLogRecord.NONE,
          new QueueLogEvent.EnterQueue("", "5551000", 1))));
      Future<Void> done = log.close();
      done.onComplete(closed);
    });
    closed.future().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void closing_right_after_opening_writes_the_lines_decided_before_the_file_was_open() throws Exception {
    Path file = dir.resolve("queue_log");
    writeAndClose(file, List.of("c1", "c2"));
    writeAndClose(file, List.of("c3"));

    assertEquals(List.of("c1", "c2", "c3"), Files.readAllLines(file).stream().map(l -> l.split("\\|")[1]).toList());
  }
}
