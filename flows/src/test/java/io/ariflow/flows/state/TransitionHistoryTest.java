package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionHistoryTest {

  private static HistoryEntry entry(String detail) {
    return new HistoryEntry("t", ChannelInput.OBSERVED, ChannelLife.KNOWN, ChannelLife.KNOWN, detail);
  }

  @Test
  void keeps_the_most_recent_entries_oldest_first() {
    TransitionHistory history = new TransitionHistory(2);
    history.add(entry("a"));
    history.add(entry("b"));
    history.add(entry("c"));
    assertEquals(List.of("b", "c"), history.recent().stream().map(HistoryEntry::detail).toList());
  }

  @Test
  void snapshot_does_not_change_when_history_grows() {
    TransitionHistory history = new TransitionHistory(4);
    history.add(entry("a"));
    List<HistoryEntry> snapshot = history.recent();
    history.add(entry("b"));
    assertEquals(1, snapshot.size());
  }

  @Test
  void refuses_a_capacity_below_one() {
    assertThrows(IllegalArgumentException.class, () -> new TransitionHistory(0));
  }

  @Test
  void entry_prints_as_an_arrow_with_its_cause() {
    assertEquals("t: KNOWN --OBSERVED--> KNOWN (Dial 12:00)", entry("Dial 12:00").toString());
  }
}
