package io.ariflow.app.ari.ws;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/** Collects what this package logs, to assert on operator-facing lines (and on the absence of secrets). */
final class LogCapture extends UnsynchronizedAppenderBase<ILoggingEvent> implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger("io.ariflow.app.ari.ws");
  private final Queue<ILoggingEvent> events = new ConcurrentLinkedQueue<>();

  LogCapture() {
    start();
    logger.addAppender(this);
  }

  @Override
  protected void append(ILoggingEvent event) {
    events.add(event);
  }

  /** Formatted messages (with any exception text) at {@code level} or above. */
  List<String> atLeast(Level level) {
    return events.stream().filter(e -> e.getLevel().isGreaterOrEqual(level)).map(LogCapture::text).toList();
  }

  /** Every captured line, any level. */
  List<String> all() {
    return atLeast(Level.TRACE);
  }

  private static String text(ILoggingEvent event) {
    String error = event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage();
    return event.getFormattedMessage() + error;
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    stop();
  }
}
