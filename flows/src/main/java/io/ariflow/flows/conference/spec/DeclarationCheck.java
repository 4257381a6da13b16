package io.ariflow.flows.conference.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates room declarations before a catalog is accepted, so a room that loads cannot fail at call time for a
 * reason visible in its declaration (habit 10). Returns every problem at once, in declaration order.
 */
public final class DeclarationCheck {

  private DeclarationCheck() {
  }

  /** Problems of every template and duplicate patterns across them. */
  public static List<DeclarationProblem> check(RoomCatalog catalog) {
    List<DeclarationProblem> problems = new ArrayList<>();
    Set<String> patterns = new HashSet<>();
    for (RoomTemplate template : catalog.templates()) {
      if (!patterns.add(template.pattern().text())) {
        problems.add(DeclarationProblem.error(template.pattern().text(), "name",
            "another room is declared with the same name; remove or rename one of them"));
      }
      problems.addAll(check(template));
    }
    return List.copyOf(problems);
  }

  /** Problems of one template: its name, bridge profile, user profiles and menus. */
  public static List<DeclarationProblem> check(RoomTemplate template) {
    List<DeclarationProblem> problems = new ArrayList<>();
    String room = template.pattern().text();
    if (!template.pattern().isValid()) {
      problems.add(DeclarationProblem.error(room, "name",
          "a room name uses letters, digits, '.', '_', '@', '+', '-' and '*' as a wildcard"));
    }
    BridgeChecks.check(room, template.bridge(), problems);
    ProfileChecks.check(room, template, problems);
    MenuChecks.check(room, template, problems);
    return List.copyOf(problems);
  }
}
