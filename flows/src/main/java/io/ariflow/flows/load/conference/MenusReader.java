package io.ariflow.flows.load.conference;

import io.ariflow.flows.conference.spec.DtmfMenu;
import io.ariflow.flows.conference.spec.MenuAction;
import io.ariflow.flows.conference.spec.MenuEntry;
import io.ariflow.flows.load.decl.Choices;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.yaml.YamlEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a room's {@code menus:} section: each menu maps digits to an action ({@code "*1": toggle-mute}); the key
 * {@code digit-timeout} sets how long a partial sequence waits for its next digit.
 */
final class MenusReader {

  static final String DIGIT_TIMEOUT = "digit-timeout";
  private static final Map<String, MenuAction> ACTIONS = Choices.of(MenuAction.class, MenuAction::label);

  private MenusReader() {
  }

  static Map<String, DtmfMenu> read(Optional<Section> found) {
    Map<String, DtmfMenu> menus = new LinkedHashMap<>();
    if (found.isEmpty()) {
      return menus;
    }
    Section s = found.get();
    for (YamlEntry entry : s.map().entries()) {
      s.section(entry.key(), "a mapping of digits to actions, e.g. {\"*1\": toggle-mute}")
          .map(menu -> menu(entry.key(), menu)).ifPresent(menu -> menus.put(entry.key(), menu));
    }
    return menus;
  }

  private static DtmfMenu menu(String name, Section s) {
    List<MenuEntry> entries = new ArrayList<>();
    Duration timeout = DtmfMenu.DEFAULT_DIGIT_TIMEOUT;
    for (YamlEntry entry : s.map().entries()) {
      if (entry.key().equals(DIGIT_TIMEOUT)) {
        timeout = s.read(DIGIT_TIMEOUT, ScalarKinds.duration(), timeout);
        continue;
      }
      s.places().put(s.path(entry.key()), entry.keyLocation());
      s.read(entry.key(), ScalarKinds.choice(ACTIONS))
          .ifPresent(action -> entries.add(new MenuEntry(entry.key(), action)));
    }
    return new DtmfMenu(name, entries, timeout);
  }
}
