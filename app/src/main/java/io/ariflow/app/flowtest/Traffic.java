package io.ariflow.app.flowtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is in flight between the engine and the simulator, counted on the engine's context: events handled,
 * REST requests sent and answered, calls being handled. The time driver moves the clocks only when the
 * counts balance, so every reaction happens at the virtual instant it belongs to. Also remembers the
 * endpoints the flows dialled, so a dial nobody stubbed can be reported.
 */
final class Traffic {

  private long framesHandled;
  private long restSent;
  private long restAnswered;
  private int handling;
  private final List<String> dialled = new ArrayList<>();

  void frameHandled() {
    framesHandled++;
  }

  void restSent() {
    restSent++;
  }

  void restAnswered() {
    restAnswered++;
  }

  void handlingStarted() {
    handling++;
  }

  void handlingEnded() {
    handling--;
  }

  void dialled(String endpoint) {
    dialled.add(endpoint);
  }

  /** The counts now. */
  EngineSide snapshot(int calls, Instant now, Optional<Instant> nextTimer) {
    return new EngineSide(framesHandled, restSent, restAnswered, handling, calls, now, nextTimer);
  }

  /** Every endpoint dialled so far, in order. */
  List<String> dialled() {
    return List.copyOf(dialled);
  }

  /**
   * The engine's side of a quiet check.
   *
   * @param framesHandled events the engine has handled
   * @param restSent REST requests sent
   * @param restAnswered REST requests answered (or failed)
   * @param handling calls whose handler has not finished
   * @param calls calls the engine still owns
   * @param now the flows' virtual time
   * @param nextTimer when the flows' next timer is due, if any
   */
  record EngineSide(long framesHandled, long restSent, long restAnswered, int handling, int calls, Instant now,
      Optional<Instant> nextTimer) {

    /** No REST request in flight. */
    boolean restIdle() {
      return restSent == restAnswered;
    }

    /** No call owned or handled any more. */
    boolean idle() {
      return handling == 0 && calls == 0;
    }
  }
}
