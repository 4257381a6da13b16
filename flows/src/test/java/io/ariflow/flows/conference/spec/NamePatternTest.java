package io.ariflow.flows.conference.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamePatternTest {

  @Test
  void an_exact_name_matches_only_itself() {
    NamePattern board = NamePattern.of("board");
    assertTrue(board.isExact());
    assertTrue(board.matches("board"));
    assertFalse(board.matches("board-1"));
  }

  @Test
  void a_star_matches_any_run_of_characters_anywhere() {
    assertTrue(NamePattern.of("team-*").matches("team-"));
    assertTrue(NamePattern.of("team-*").matches("team-sales-7"));
    assertTrue(NamePattern.of("*-room-*").matches("x-room-y"));
    assertFalse(NamePattern.of("*-room-*").matches("x-roo-y"));
    assertTrue(NamePattern.of("*").matches("anything"));
  }

  @Test
  void validity_and_specificity() {
    assertTrue(NamePattern.of("team-*").isValid());
    assertFalse(NamePattern.of("").isValid());
    assertFalse(NamePattern.of("team 1").isValid());
    assertEquals(5, NamePattern.of("team-*").specificity());
  }

  @Test
  void the_catalog_prefers_the_exact_declaration_then_the_most_specific_glob() {
    RoomTemplate any = template("*");
    RoomTemplate team = template("team-*");
    RoomTemplate sales = template("team-sales-*");
    RoomTemplate board = template("team-board");
    RoomCatalog catalog = RoomCatalog.of(any, team, sales, board);
    assertEquals(Optional.of(board), catalog.templateFor("team-board"));
    assertEquals(Optional.of(sales), catalog.templateFor("team-sales-2"));
    assertEquals(Optional.of(team), catalog.templateFor("team-ops"));
    assertEquals(Optional.of(any), catalog.templateFor("lobby"));
    assertEquals(Optional.empty(), RoomCatalog.EMPTY.templateFor("lobby"));
  }

  private static RoomTemplate template(String pattern) {
    return new RoomTemplate(NamePattern.of(pattern), BridgeProfile.builder().build(),
        Map.of(Role.PLAIN, UserProfile.builder(Role.PLAIN).build()), Map.of());
  }
}
