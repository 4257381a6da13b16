package io.ariflow.flows.state;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A ring buffer of an object's most recent transitions, oldest first. Bounded so that a long call costs a
 * fixed amount of memory; not thread-safe, like the machine that owns it.
 */
public final class TransitionHistory {

  /** How many entries a machine keeps unless told otherwise. */
  public static final int DEFAULT_CAPACITY = 16;

  private final int capacity;
  private final ArrayDeque<HistoryEntry> entries;

  /** A history keeping the last {@code capacity} entries. */
  public TransitionHistory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.entries = new ArrayDeque<>(capacity);
  }

  /** Appends {@code entry}, dropping the oldest one when full. */
  public void add(HistoryEntry entry) {
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(entry);
  }

  /** A snapshot of the kept entries, oldest first. */
  public List<HistoryEntry> recent() {
    return List.copyOf(entries);
  }

  /** The number of entries this history keeps at most. */
  public int capacity() {
    return capacity;
  }
}
