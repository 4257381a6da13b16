package io.ariflow.app.flows;

import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.conference.supervision.SupervisionRules;
import io.ariflow.flows.load.Declarations;
import io.ariflow.flows.load.queue.DeclaredQueue;
import io.ariflow.flows.load.queue.QueueCatalog;
import io.ariflow.flows.spec.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides the room and supervision declarations after a reload, as {@link CatalogMerge} does for flows: a
 * declaration that no longer loads because its file now has errors is refused and its previous version stays in
 * effect (a typo in a queue file must not take a running queue away); one whose file is gone or loads cleanly
 * without it was removed on purpose.
 */
final class DeclarationMerge {

  /**
   * The declarations to apply and what was kept.
   *
   * @param declarations the declarations from now on
   * @param kept what kept its previous version ({@code room 'team-*'}, {@code queue 'support'}, {@code supervision})
   */
  record Merged(Declarations declarations, List<String> kept) {
  }

  private DeclarationMerge() {
  }

  static Merged merge(Declarations previous, Declarations loaded, Set<String> filesWithErrors) {
    List<String> kept = new ArrayList<>();
    RoomCatalog rooms = rooms(previous.rooms(), loaded.rooms(), filesWithErrors, kept);
    SupervisionRules supervision = loaded.supervision();
    if (loaded.supervision().declaredAt().isEmpty() && brokenSince(previous.supervision().declaredAt(),
        filesWithErrors)) {
      supervision = previous.supervision();
      kept.add("supervision");
    }
    QueueCatalog queues = queues(previous.queues(), loaded.queues(), filesWithErrors, kept);
    return new Merged(new Declarations(rooms, supervision, queues), kept);
  }

  private static RoomCatalog rooms(RoomCatalog previous, RoomCatalog loaded, Set<String> filesWithErrors,
      List<String> kept) {
    Set<String> names = loaded.templates().stream().map(t -> t.pattern().text()).collect(Collectors.toSet());
    List<RoomTemplate> templates = new ArrayList<>(loaded.templates());
    Map<String, Location> declaredAt = new LinkedHashMap<>(loaded.declaredAt());
    for (RoomTemplate old : previous.templates()) {
      String name = old.pattern().text();
      Optional<Location> at = previous.locationOf(name);
      if (!names.contains(name) && brokenSince(at, filesWithErrors)) {
        templates.add(old);
        declaredAt.put(name, at.get());
        kept.add("room '" + name + "'");
      }
    }
    return kept.isEmpty() ? loaded : new RoomCatalog(templates, declaredAt);
  }

  private static QueueCatalog queues(QueueCatalog previous, QueueCatalog loaded, Set<String> filesWithErrors,
      List<String> kept) {
    List<DeclaredQueue> queues = new ArrayList<>(loaded.queues());
    for (DeclaredQueue old : previous.queues()) {
      if (loaded.queue(old.name()).isEmpty() && brokenSince(Optional.of(old.location()), filesWithErrors)) {
        queues.add(old);
        kept.add("queue '" + old.name() + "'");
      }
    }
    return queues.size() == loaded.queues().size() ? loaded : new QueueCatalog(queues);
  }

  private static boolean brokenSince(Optional<Location> declaredAt, Set<String> filesWithErrors) {
    return declaredAt.map(Location::file).filter(filesWithErrors::contains).isPresent();
  }
}
