package io.ariflow.app.ari.ws;

import static io.ariflow.app.ari.ws.ConnectionInput.APPLICATION_REPLACED;
import static io.ariflow.app.ari.ws.ConnectionInput.CONNECTION_LOST;
import static io.ariflow.app.ari.ws.ConnectionInput.HANDSHAKE_FAILED;
import static io.ariflow.app.ari.ws.ConnectionInput.HANDSHAKE_SUCCEEDED;
import static io.ariflow.app.ari.ws.ConnectionInput.RECLAIM;
import static io.ariflow.app.ari.ws.ConnectionInput.STOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionTrackerTest {
  private static final Instant T0 = Instant.parse("2026-11-22T07:30:00Z");

  private final Set<ConnectionTransition> visited = new HashSet<>();
  private final List<ConnectionStatus> published = new ArrayList<>();
  private Instant clock = T0;

  @AfterAll
  void everyTransitionInTheTableWasExercised() {
    Set<ConnectionTransition> missing = new HashSet<>(ConnectionTransition.TABLE);
    missing.removeAll(visited);
    assertTrue(missing.isEmpty(), "transitions never exercised: " + missing);
  }

  @Test
  void aNewConnectionIsConnectingWithGenerationZero() {
    ConnectionStatus status = new ConnectionTracker(T0, published::add).status();

    assertEquals(new ConnectionStatus(ConnectionState.CONNECTING, T0, 0, 0, Optional.empty()), status);
  }

  @Test
  void eachSuccessfulHandshakeStartsANewGeneration() {
    ConnectionTracker tracker = tracker();

    ConnectionStatus first = apply(tracker, HANDSHAKE_SUCCEEDED);
    apply(tracker, CONNECTION_LOST, "dropped");
    ConnectionStatus second = apply(tracker, HANDSHAKE_SUCCEEDED);

    assertEquals(1, first.generation());
    assertEquals(2, second.generation());
    assertEquals(ConnectionState.CONNECTED, second.state());
  }

  @Test
  void failedRetriesStayDegradedSinceTheLossAndCountAttempts() {
    ConnectionTracker tracker = tracker();
    apply(tracker, HANDSHAKE_SUCCEEDED);
    Instant lostAt = clock.plusSeconds(1);

    ConnectionStatus lost = apply(tracker, CONNECTION_LOST, "dropped");
    apply(tracker, HANDSHAKE_FAILED, "refused");
    ConnectionStatus third = apply(tracker, HANDSHAKE_FAILED, "HTTP 503");

    assertEquals(1, lost.attempts());
    assertEquals(new ConnectionStatus(ConnectionState.DEGRADED, lostAt, 1, 3, Optional.of("HTTP 503")), third);
  }

  @Test
  void aRefusedFirstAttemptDegradesAndRecoveryKeepsTheLastReason() {
    ConnectionTracker tracker = tracker();

    ConnectionStatus refused = apply(tracker, HANDSHAKE_FAILED, "HTTP 401");
    ConnectionStatus connected = apply(tracker, HANDSHAKE_SUCCEEDED);

    assertEquals(ConnectionState.DEGRADED, refused.state());
    assertEquals(0, connected.attempts());
    assertEquals(Optional.of("HTTP 401"), connected.lastFailure());
  }

  @Test
  void replacedWaitsForAReclaimWhichConnectsAgain() {
    ConnectionTracker tracker = tracker();
    apply(tracker, HANDSHAKE_SUCCEEDED);

    ConnectionStatus replaced = apply(tracker, APPLICATION_REPLACED, "another client");
    ConnectionStatus reclaimed = apply(tracker, RECLAIM);

    assertEquals(ConnectionState.REPLACED, replaced.state());
    assertEquals(ConnectionState.CONNECTING, reclaimed.state());
    assertEquals(1, reclaimed.generation());
  }

  @Test
  void everyLiveStateCanBeStopped() {
    assertEquals(ConnectionState.STOPPED, apply(tracker(), STOP).state());
    ConnectionTracker connected = tracker();
    apply(connected, HANDSHAKE_SUCCEEDED);
    assertEquals(ConnectionState.STOPPED, apply(connected, STOP).state());
    ConnectionTracker degraded = tracker();
    apply(degraded, HANDSHAKE_FAILED, "refused");
    assertEquals(ConnectionState.STOPPED, apply(degraded, STOP).state());
    ConnectionTracker replaced = tracker();
    apply(replaced, HANDSHAKE_SUCCEEDED);
    apply(replaced, APPLICATION_REPLACED, "another client");
    assertEquals(ConnectionState.STOPPED, apply(replaced, STOP).state());
  }

  @Test
  void anIllegalInputIsRejectedWithTheRecentHistory() {
    ConnectionTracker tracker = tracker();
    apply(tracker, HANDSHAKE_SUCCEEDED);

    var error = assertThrows(IllegalStateException.class, () -> tracker.apply(RECLAIM, clock, Optional.empty()));

    assertTrue(error.getMessage().contains("RECLAIM in state CONNECTED"), error.getMessage());
    assertTrue(error.getMessage().contains("CONNECTING -HANDSHAKE_SUCCEEDED-> CONNECTED"), error.getMessage());
  }

  @Test
  void aStoppedConnectionAcceptsNothing() {
    ConnectionTracker tracker = tracker();
    apply(tracker, STOP);

    for (ConnectionInput input : ConnectionInput.values()) {
      assertThrows(IllegalStateException.class, () -> tracker.apply(input, clock, Optional.empty()));
    }
  }

  @Test
  void everyChangeIsPublishedToTheListener() {
    published.clear();
    ConnectionTracker tracker = tracker();

    ConnectionStatus connected = apply(tracker, HANDSHAKE_SUCCEEDED);
    ConnectionStatus lost = apply(tracker, CONNECTION_LOST, "dropped");

    assertEquals(List.of(connected, lost), published);
    assertEquals(lost, tracker.status());
  }

  private ConnectionTracker tracker() {
    return new ConnectionTracker(clock, published::add);
  }

  private ConnectionStatus apply(ConnectionTracker tracker, ConnectionInput input) {
    return apply(tracker, input, null);
  }

  private ConnectionStatus apply(ConnectionTracker tracker, ConnectionInput input, String reason) {
    ConnectionState from = tracker.status().state();
    clock = clock.plus(Duration.ofSeconds(1));
    ConnectionStatus next = tracker.apply(input, clock, Optional.ofNullable(reason));
    visited.add(new ConnectionTransition(from, input, next.state()));
    return next;
  }
}
