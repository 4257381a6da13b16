package io.ariflow.flows.conference.spec;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All declared rooms and templates, immutable: the loader builds a new catalog on reload and the room directory
 * swaps it; rooms already open keep the template they were opened with.
 *
 * @param templates the declarations in file order
 */
public record RoomCatalog(List<RoomTemplate> templates) {

  /** A catalog without rooms. */
  public static final RoomCatalog EMPTY = new RoomCatalog(List.of());

  /** Copies the list. */
  public RoomCatalog {
    templates = List.copyOf(templates);
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
