package io.ariflow.app.component;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/** Collects what one logger (and its children) writes, to assert on the lines operators read. */
final class LogLines extends UnsynchronizedAppenderBase<ILoggingEvent> implements AutoCloseable {
  private final Logger logger;
  private final Queue<String> lines = new ConcurrentLinkedQueue<>();

  LogLines(String loggerName) {
    this.logger = (Logger) LoggerFactory.getLogger(loggerName);
    start();
    logger.addAppender(this);
  }

  @Override
  protected void append(ILoggingEvent event) {
    lines.add(event.getLevel() + " " + event.getFormattedMessage());
  }

  /** Whether a line contains every one of {@code parts}. */
  boolean any(String... parts) {
    return lines.stream().anyMatch(line -> List.of(parts).stream().allMatch(line::contains));
  }

  List<String> all() {
    return List.copyOf(lines);
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    stop();
  }
}
