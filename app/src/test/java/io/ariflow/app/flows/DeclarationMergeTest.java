package io.ariflow.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.NamePattern;
import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.conference.supervision.AllowListPolicy;
import io.ariflow.flows.conference.supervision.SupervisionKeys;
import io.ariflow.flows.conference.supervision.SupervisionRules;
import io.ariflow.flows.load.Declarations;
import io.ariflow.flows.spec.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rooms and supervision rules after a reload: a broken file keeps its previous declarations, a clean one does not
 * (queues: QueueReconnectAndReloadOnSimulatorTest).
 */
class DeclarationMergeTest {

  private static final String ROOMS = "rooms.yaml";
  private static final SupervisionRules RULES = new SupervisionRules(new AllowListPolicy(List.of()),
      Map.of("leads", Set.of("1001")), SupervisionKeys.DEFAULTS).at(new Location(ROOMS, 20, 1));

  private static RoomCatalog rooms(String... names) {
    List<RoomTemplate> templates = List.of(names).stream().map(name -> new RoomTemplate(NamePattern.of(name),
        BridgeProfile.builder().build(), Map.of(), Map.of())).toList();
    Map<String, Location> at = new java.util.LinkedHashMap<>();
    List.of(names).forEach(name -> at.put(name, new Location(ROOMS, 2, 5)));
    return new RoomCatalog(templates, at);
  }

  private static List<String> names(Declarations declarations) {
    return declarations.rooms().templates().stream().map(t -> t.pattern().text()).toList();
  }

  @Test
  void roomsAndRulesOfAFileThatNowHasErrorsKeepTheirPreviousVersion() {
    Declarations before = new Declarations(rooms("team-*", "lobby"), RULES);
    Declarations broken = new Declarations(rooms("lobby"), SupervisionRules.NONE);

    DeclarationMerge.Merged merged = DeclarationMerge.merge(before, broken, Set.of(ROOMS));

    assertEquals(List.of("lobby", "team-*"), names(merged.declarations()));
    assertEquals(RULES, merged.declarations().supervision());
    assertEquals(List.of("room 'team-*'", "supervision"), merged.kept());
  }

  @Test
  void declarationsRemovedFromAFileThatLoadsCleanlyAreGone() {
    Declarations before = new Declarations(rooms("team-*", "lobby"), RULES);
    Declarations edited = new Declarations(rooms("lobby"), SupervisionRules.NONE);

    DeclarationMerge.Merged merged = DeclarationMerge.merge(before, edited, Set.of("flows.yaml"));

    assertEquals(List.of("lobby"), names(merged.declarations()));
    assertEquals(SupervisionRules.NONE, merged.declarations().supervision());
    assertEquals(List.of(), merged.kept());
  }
}
