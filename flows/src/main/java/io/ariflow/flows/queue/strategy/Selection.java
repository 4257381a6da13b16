package io.ariflow.flows.queue.strategy;

import java.util.List;
import java.util.OptionalInt;

/**
 * A strategy's decision: whom to ring together (one member, or several for ringall), and where the queue's
 * and the caller's rotation cursors move, so the queue keeps the memory and strategies stay stateless.
 *
 * @param ring the members to ring at once, best first
 * @param queueCursor the queue's new round-robin cursor, if the strategy moves it
 * @param callerCursor the caller's new cursor, if the strategy moves it
 */
public record Selection(List<Candidate> ring, OptionalInt queueCursor, OptionalInt callerCursor) {

  /** Copies the list. */
  public Selection {
    ring = List.copyOf(ring);
  }

  /** Ring {@code member} alone; no cursor moves. */
  public static Selection one(Candidate member) {
    return new Selection(List.of(member), OptionalInt.empty(), OptionalInt.empty());
  }

  /** Ring all of {@code members} at once. */
  public static Selection all(List<Candidate> members) {
    return new Selection(members, OptionalInt.empty(), OptionalInt.empty());
  }

  /** This selection, moving the queue's cursor to {@code cursor}. */
  public Selection withQueueCursor(int cursor) {
    return new Selection(ring, OptionalInt.of(cursor), callerCursor);
  }

  /** This selection, moving the caller's cursor to {@code cursor}. */
  public Selection withCallerCursor(int cursor) {
    return new Selection(ring, queueCursor, OptionalInt.of(cursor));
  }
}
