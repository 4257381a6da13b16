package io.ariflow.app.ari.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AriEventHandlersTest {
  private final LogCapture logs = new LogCapture();

  @AfterEach
  void detach() {
    logs.close();
  }

  @Test
  void aFrameHandlerThatThrowsLosesThatFrameOnlyAndIsReported() {
    List<String> delivered = new ArrayList<>();
    AriEventHandlers handlers = new AriEventHandlers(frame -> {
      if (frame.contains("bad")) {
        throw new IllegalArgumentException("cannot route");
      }
      delivered.add(frame);
    }, generation -> { }, status -> { });

    handlers.deliver("{\"type\":\"bad\"}");
    handlers.deliver("{\"type\":\"StasisStart\"}");

    assertEquals(List.of("{\"type\":\"StasisStart\"}"), delivered);
    assertEquals(1, logs.atLeast(Level.ERROR).size());
  }

  @Test
  void everyHandlerIsRequired() {
    assertThrows(NullPointerException.class, () -> new AriEventHandlers(null, g -> { }, s -> { }));
    assertThrows(NullPointerException.class, () -> new AriEventHandlers(f -> { }, null, s -> { }));
    assertThrows(NullPointerException.class, () -> new AriEventHandlers(f -> { }, g -> { }, null));
  }
}
