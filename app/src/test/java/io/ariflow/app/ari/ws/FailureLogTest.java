package io.ariflow.app.ari.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FailureLogTest {
  private static final ConnectFailure REFUSED = new ConnectFailure("connection refused", false);
  private static final ConnectFailure UNAUTHORIZED = new ConnectFailure("HTTP 401", true);

  private final LogCapture logs = new LogCapture();
  private final FailureLog log = new FailureLog(LoggerFactory.getLogger(FailureLogTest.class), "engine");

  @AfterEach
  void detach() {
    logs.close();
  }

  @Test
  void theSameReasonIsLoggedOnceHoweverOftenItRepeats() {
    for (int attempt = 1; attempt <= 50; attempt++) {
      log.attemptFailed(REFUSED, attempt, Duration.ofSeconds(1));
    }

    assertEquals(1, logs.atLeast(Level.WARN).size());
  }

  @Test
  void aNewReasonIsLoggedAndOnlyOperatorProblemsAreErrors() {
    log.attemptFailed(REFUSED, 1, Duration.ofSeconds(1));
    log.attemptFailed(UNAUTHORIZED, 2, Duration.ofSeconds(2));
    log.attemptFailed(UNAUTHORIZED, 3, Duration.ofSeconds(4));

    List<String> errors = logs.atLeast(Level.ERROR);
    assertEquals(2, logs.atLeast(Level.WARN).size());
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).contains("HTTP 401") && errors.get(0).contains("engine"), errors.get(0));
  }

  @Test
  void aSuccessfulConnectionReArmsEveryReason() {
    log.attemptFailed(REFUSED, 1, Duration.ofSeconds(1));
    log.connected();
    log.attemptFailed(REFUSED, 1, Duration.ofSeconds(1));

    assertEquals(2, logs.atLeast(Level.WARN).size());
  }
}
