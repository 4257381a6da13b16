package io.ariflow.flows.conference.spec;

import io.ariflow.flows.spec.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All declared rooms and templates, immutable: the loader builds a new catalog on reload and the room directory
 * swaps it; rooms already open keep the template they were opened with. Where each room was declared lets a
 * reload that breaks a file keep the rooms that file declared before.
 *
 * @param templates the declarations in file order
 * @param declaredAt where each room (by its name as written) was declared; rooms built in code have none
 */
public record RoomCatalog(List<RoomTemplate> templates, Map<String, Location> declaredAt) {

  /** A catalog without rooms. */
  public static final RoomCatalog EMPTY = new RoomCatalog(List.of());

  /** Copies the list and the map. */
  public RoomCatalog {
    templates = List.copyOf(templates);
    declaredAt = Map.copyOf(declaredAt);
  }

  /** A catalog of {@code templates} built in code (no file behind them). */
  public RoomCatalog(List<RoomTemplate> templates) {
    this(templates, Map.of());
  }

  /** Where the room named {@code name} (as written) was declared, if it was read from a file. */
  public Optional<Location> locationOf(String name) {
    return Optional.ofNullable(declaredAt.get(name));
  }

  /** A catalog of {@code templates}. */
  public static RoomCatalog of(RoomTemplate... templates) {
    return new RoomCatalog(List.of(templates));
  }

  /** The declaration for {@code room}: the exact one, else the most specific glob, else the first declared. */
  public Optional<RoomTemplate> templateFor(String room) {
    Comparator<RoomTemplate> bySpecificity = Comparator
        .comparing((RoomTemplate t) -> t.pattern().isExact())
        .thenComparingInt(t -> t.pattern().specificity());
    RoomTemplate best = null;
    for (RoomTemplate template : templates) {
      if (template.pattern().matches(room) && (best == null || bySpecificity.compare(template, best) > 0)) {
        best = template;
      }
    }
    return Optional.ofNullable(best);
  }
}
