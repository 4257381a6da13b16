package io.ariflow.flows.load.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.ariflow.flows.conference.supervision.Party;
import io.ariflow.flows.conference.supervision.PolicyVerdict;
import io.ariflow.flows.conference.supervision.SupervisionKeys;
import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.ariflow.flows.conference.supervision.SupervisionRules;
import io.ariflow.flows.load.LoadResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Supervision rules next to flows: groups resolve parties, rules allow, and mistakes come back at file:line:col. */
class SupervisionDeclarationsTest {

  @Test
  void groupsAndRulesDecideWhoMaySuperviseWhomAndHow() {
    LoadResult loaded = RoomDeclarationsTest.load(Map.of("rules.yaml", """
        supervision:
          groups: { leads: ["PJSIP/1001"], sales: ["PJSIP/2001", "PJSIP/2002"] }
          allow:
            - { supervisor: "group:leads", agent: "group:sales", modes: [listen, whisper] }
          keys: { listen: "1", whisper: "2", barge: "3", stop: "#" }
        """));

    assertEquals(List.of(), loaded.problems());
    SupervisionRules rules = loaded.catalog().declarations().supervision();
    Party lead = rules.party("c-1", "PJSIP/1001");
    Party agent = rules.party("c-2", "PJSIP/2002");
    assertInstanceOf(PolicyVerdict.Allowed.class, rules.policy().check(lead, agent, SupervisionMode.WHISPER));
    assertInstanceOf(PolicyVerdict.Denied.class, rules.policy().check(lead, agent, SupervisionMode.BARGE));
    assertInstanceOf(PolicyVerdict.Denied.class, rules.policy().check(agent, lead, SupervisionMode.LISTEN));
    assertEquals(new SupervisionKeys('1', '2', '3', '#'), rules.keys());
  }

  @Test
  void anUndeclaredGroupAKeyUsedTwiceAndAnUnknownModeAreReportedAtOnce() {
    LoadResult loaded = RoomDeclarationsTest.load(Map.of("rules.yaml", """
        supervision:
          groups: { leads: ["PJSIP/1001"] }
          allow:
            - { supervisor: "group:lead", agent: "*", modes: [listen, spy] }
          keys: { listen: "4", whisper: "4" }
        """));

    assertEquals(List.of(
        "rules.yaml:4:21: error: no group 'lead' in supervision.groups; did you mean 'leads'?",
        "rules.yaml:4:63: error: 'supervision.allow[0].modes' must be one of listen, whisper, barge, not the text "
            + "\"spy\"",
        "rules.yaml:5:33: error: key 4 is used for both listen and whisper: give each its own key"),
        RoomDeclarationsTest.formatted(loaded));
    assertEquals(SupervisionRules.NONE, loaded.catalog().declarations().supervision(), "rules with errors allow nobody");
  }
}
