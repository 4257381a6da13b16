package io.ariflow.flows.conference.spec;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of DTMF menus: digits, ambiguous entries (one a prefix of another), service codes ending in the
 * {@code #} that ends their argument, and dial-out codes in a room without a dial-out plan.
 */
final class MenuChecks {

  private static final Pattern DIGITS = Pattern.compile("[0-9*#A-D]+");

  private MenuChecks() {
  }

  static void check(String room, RoomTemplate template, List<DeclarationProblem> problems) {
    for (Map.Entry<String, DtmfMenu> named : template.menus().entrySet()) {
      DtmfMenu menu = named.getValue();
      String prefix = "menus." + named.getKey();
      if (!menu.name().equals(named.getKey())) {
        problems.add(DeclarationProblem.error(room, prefix, "declared as " + named.getKey()
            + " but named " + menu.name()));
      }
      if (menu.entries().isEmpty()) {
        problems.add(DeclarationProblem.error(room, prefix, "a menu needs at least one entry"));
      }
      if (menu.digitTimeout().isNegative() || menu.digitTimeout().isZero()) {
        problems.add(DeclarationProblem.error(room, prefix + ".digit-timeout", "must be positive"));
      }
      for (int index = 0; index < menu.entries().size(); index++) {
        checkEntry(room, prefix, index, menu, template, problems);
      }
    }
  }

  private static void checkEntry(String room, String prefix, int index, DtmfMenu menu, RoomTemplate template,
      List<DeclarationProblem> problems) {
    MenuEntry entry = menu.entries().get(index);
    String field = prefix + "." + entry.digits();
    if (!DIGITS.matcher(entry.digits()).matches()) {
      problems.add(DeclarationProblem.error(room, field, "digits are 0-9, *, # and A-D"));
      return;
    }
    if (entry.action().takesArgument() && entry.digits().endsWith("#")) {
      problems.add(DeclarationProblem.error(room, field, entry.action().label()
          + " takes digits ended by #, so its code cannot end with #"));
    }
    if (entry.action() == MenuAction.ADD_PARTICIPANT && template.bridge().dialOut().isEmpty()) {
      problems.add(DeclarationProblem.error(room, field,
          "add-participant needs bridge.dial-out (the endpoint to dial, e.g. PJSIP/{digits})"));
    }
    for (int other = 0; other < menu.entries().size(); other++) {
      String digits = menu.entries().get(other).digits();
      boolean twice = digits.equals(entry.digits()) && other > index;
      boolean prefixOf = !digits.equals(entry.digits()) && digits.startsWith(entry.digits());
      if (twice || prefixOf) {
        String what = twice ? "is declared twice" : "is a prefix of " + digits;
        problems.add(DeclarationProblem.error(room, field, entry.digits() + " " + what
            + ", so the menu could not tell which entry was meant"));
      }
    }
  }
}
