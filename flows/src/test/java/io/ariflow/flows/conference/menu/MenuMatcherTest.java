package io.ariflow.flows.conference.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.conference.spec.DtmfMenu;
import io.ariflow.flows.conference.spec.MenuAction;
import io.ariflow.flows.conference.spec.MenuEntry;
import org.junit.jupiter.api.Test;

class MenuMatcherTest {

  private static final MenuEntry MUTE = new MenuEntry("*1", MenuAction.TOGGLE_MUTE);
  private static final MenuEntry ADD = new MenuEntry("*5", MenuAction.ADD_PARTICIPANT);
  private static final DtmfMenu MENU = DtmfMenu.of("m", MUTE, ADD, new MenuEntry("0", MenuAction.PARTICIPANT_COUNT));

  @Test
  void a_prefix_of_an_entry_waits_for_more_digits() {
    assertEquals(new MenuMatch.Partial(), MenuMatcher.match(MENU, "*"));
  }

  @Test
  void an_exact_entry_matches_without_argument() {
    assertEquals(new MenuMatch.Complete(MUTE, ""), MenuMatcher.match(MENU, "*1"));
  }

  @Test
  void a_service_code_collects_digits_until_hash() {
    assertEquals(new MenuMatch.Partial(), MenuMatcher.match(MENU, "*5"));
    assertEquals(new MenuMatch.Partial(), MenuMatcher.match(MENU, "*520"));
    assertEquals(new MenuMatch.Complete(ADD, "201"), MenuMatcher.match(MENU, "*5201#"));
  }

  @Test
  void a_service_code_without_digits_or_with_a_star_in_them_matches_nothing() {
    assertEquals(new MenuMatch.NoMatch(), MenuMatcher.match(MENU, "*5#"));
    assertEquals(new MenuMatch.NoMatch(), MenuMatcher.match(MENU, "*52*"));
  }

  @Test
  void digits_that_start_no_entry_match_nothing() {
    assertEquals(new MenuMatch.NoMatch(), MenuMatcher.match(MENU, "*9"));
    assertEquals(new MenuMatch.NoMatch(), MenuMatcher.match(MENU, "7"));
  }
}
