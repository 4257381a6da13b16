package io.ariflow.app.ari.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PingMonitorTest {
  private static final Duration INTERVAL = Duration.ofSeconds(10);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final FakeScheduler scheduler = new FakeScheduler();
  private final AtomicInteger pings = new AtomicInteger();
  private final AtomicInteger deaths = new AtomicInteger();
  private final PingMonitor monitor =
      new PingMonitor(scheduler, INTERVAL, TIMEOUT, pings::incrementAndGet, deaths::incrementAndGet);

  @Test
  void pingsOncePerIntervalWhileTheServerAnswers() throws Exception {
    monitor.start();
    for (int i = 0; i < 5; i++) {
      scheduler.advance(INTERVAL);
      monitor.alive();
    }

    assertEquals(5, pings.get());
    assertEquals(0, deaths.get());
    assertEquals(List.of(INTERVAL), scheduler.pending());
  }

  @Test
  void noPongWithinTheTimeoutDeclaresTheConnectionDeadOnceAndStopsPinging() throws Exception {
    monitor.start();
    scheduler.advance(INTERVAL);
    scheduler.advance(TIMEOUT.minusMillis(1));
    assertEquals(0, deaths.get());

    scheduler.advance(Duration.ofMillis(1));
    scheduler.advance(Duration.ofMinutes(5));

    assertEquals(1, deaths.get());
    assertEquals(1, pings.get());
    assertEquals(List.of(), scheduler.pending());
  }

  @Test
  void anyFrameCountsAsProofOfLife() throws Exception {
    monitor.start();
    scheduler.advance(INTERVAL);
    scheduler.advance(TIMEOUT.minusSeconds(1));
    monitor.alive();
    scheduler.advance(Duration.ofSeconds(2));

    assertEquals(0, deaths.get());
  }

  @Test
  void aTimeoutLongerThanTheIntervalKeepsOneDeadlineFromTheFirstUnansweredPing() throws Exception {
    PingMonitor slow = new PingMonitor(scheduler, Duration.ofSeconds(2), Duration.ofSeconds(5),
        pings::incrementAndGet, deaths::incrementAndGet);
    slow.start();
    scheduler.advance(Duration.ofSeconds(6));
    assertEquals(0, deaths.get());

    scheduler.advance(Duration.ofSeconds(1));

    assertEquals(1, deaths.get());
    assertEquals(3, pings.get());
  }

  @Test
  void stoppingCancelsEveryTimer() throws Exception {
    monitor.start();
    scheduler.advance(INTERVAL);
    monitor.stop();
    scheduler.advance(Duration.ofMinutes(5));

    assertEquals(1, pings.get());
    assertEquals(0, deaths.get());
    assertEquals(List.of(), scheduler.pending());
  }
}
