package io.ariflow.flows.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionTableTest {

  enum Lamp { OFF, ON, BROKEN }

  enum Press { SWITCH, HAMMER }

  private static TransitionTable.Builder<Lamp, Press> lamp() {
    return TransitionTable.builder("lamp", Lamp.class, Press.class)
        .initial(Lamp.OFF)
        .row(Lamp.OFF, Press.SWITCH, Lamp.ON)
        .row(Lamp.ON, Press.SWITCH, Lamp.OFF)
        .row(Lamp.ON, Press.HAMMER, Lamp.BROKEN);
  }

  @Test
  void finds_the_declared_row_and_nothing_else() {
    TransitionTable<Lamp, Press> table = lamp().build();
    assertEquals(Lamp.ON, table.find(Lamp.OFF, Press.SWITCH).orElseThrow().to());
    assertTrue(table.find(Lamp.OFF, Press.HAMMER).isEmpty());
    assertTrue(table.find(Lamp.BROKEN, Press.SWITCH).isEmpty());
    assertEquals(EnumSet.of(Press.SWITCH, Press.HAMMER), table.inputsAccepted(Lamp.ON));
    assertEquals(EnumSet.noneOf(Press.class), table.inputsAccepted(Lamp.BROKEN));
  }

  @Test
  void rejects_a_second_row_for_the_same_state_and_input() {
    TransitionTable.Builder<Lamp, Press> builder = lamp();
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> builder.row(Lamp.OFF, Press.SWITCH, Lamp.OFF));
    assertTrue(error.getMessage().contains("duplicate row for (OFF, SWITCH)"), error.getMessage());
  }

  @Test
  void rejects_a_table_without_rows_or_initial_state() {
    assertThrows(IllegalStateException.class,
        () -> TransitionTable.builder("empty", Lamp.class, Press.class).initial(Lamp.OFF).build());
    assertThrows(IllegalStateException.class,
        () -> TransitionTable.builder("no-start", Lamp.class, Press.class)
            .row(Lamp.OFF, Press.SWITCH, Lamp.ON).build());
  }

  @Test
  void tolerate_declares_explicit_self_rows() {
    TransitionTable<Lamp, Press> table = lamp().tolerate(Press.HAMMER, Lamp.OFF, Lamp.BROKEN).build();
    assertTrue(table.find(Lamp.OFF, Press.HAMMER).orElseThrow().isSelf());
    assertTrue(table.find(Lamp.BROKEN, Press.HAMMER).orElseThrow().isSelf());
    assertEquals(5, table.rows().size());
  }

  @Test
  void renders_mermaid_with_entry_points_and_one_edge_per_row() {
    String mermaid = lamp().build().toMermaid();
    assertEquals(List.of(
        "stateDiagram-v2",
        "    [*] --> OFF",
        "    OFF --> ON : SWITCH",
        "    ON --> OFF : SWITCH",
        "    ON --> BROKEN : HAMMER"), mermaid.lines().toList());
  }

  @Test
  void renders_mermaid_aliases_for_states_with_display_names() {
    String mermaid = ChannelStateTable.TABLE.toMermaid();
    assertTrue(mermaid.contains("state \"Dialing Offhook\" as DIALING_OFFHOOK"), mermaid);
    assertTrue(mermaid.contains("state \"Pre-ring\" as PRE_RING"), mermaid);
  }

  @Test
  void renders_markdown_marking_self_rows() {
    String markdown = lamp().tolerate(Press.HAMMER, Lamp.BROKEN).build().toMarkdown();
    assertTrue(markdown.contains("| OFF | SWITCH | ON |"), markdown);
    assertTrue(markdown.contains("| BROKEN | HAMMER | (same) |"), markdown);
  }
}
