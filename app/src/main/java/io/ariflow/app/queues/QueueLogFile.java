package io.ariflow.app.queues;

import io.ariflow.flows.queue.log.QueueLog;
import io.ariflow.flows.queue.log.QueueLogRecord;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue_log file, appended line by line in app_queue's format through a Vert.x {@link AsyncFile}, so the
 * writes happen off the event loop and in order. Lines decided before the file is open are kept and written
 * first. A write that fails is logged once per failure; the queues keep running.
 */
public final class QueueLogFile implements QueueLog {

  private static final Logger LOG = LoggerFactory.getLogger(QueueLogFile.class);

  private final Path path;
  private final List<String> early = new ArrayList<>();
  private AsyncFile file;
  private Future<AsyncFile> opened;

  private QueueLogFile(Path path) {
    this.path = path;
  }

  /** A log that writes to {@code path} once opened; lines until then are kept. */
  static QueueLogFile opening(Vertx vertx, Path path) {
    QueueLogFile log = new QueueLogFile(path);
    OpenOptions append = new OpenOptions().setCreate(true).setAppend(true).setWrite(true).setRead(false);
    log.opened = vertx.fileSystem().open(path.toString(), append).map(log::started)
        .onFailure(failure -> LOG.error("queue_log: cannot open {}: {}", path, failure.getMessage()));
    return log;
  }

  /** The file is open: the lines kept until now go first. */
  private AsyncFile started(AsyncFile handle) {
    file = handle;
    early.forEach(this::append);
    early.clear();
    LOG.info("queue_log: writing to {}", path);
    return handle;
  }

  @Override
  public void write(QueueLogRecord record) {
    String line = record.line() + "\n";
    if (file == null) {
      early.add(line);
    } else {
      append(line);
    }
  }

  private void append(String line) {
    file.write(Buffer.buffer(line)).onFailure(f -> LOG.error("queue_log: writing to {} failed: {}", path,
        f.getMessage()));
  }

  /**
   * Closes the file once the lines written so far are on disk (an open still in progress is waited for, so the
   * early lines are written first); a failure is logged and the close still completes.
   */
  public Future<Void> close() {
    return opened.compose(AsyncFile::close)
        .onFailure(f -> LOG.error("queue_log: closing {} failed: {}", path, f.getMessage()))
        .otherwiseEmpty();
  }
}
