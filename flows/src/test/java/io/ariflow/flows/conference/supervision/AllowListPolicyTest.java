package io.ariflow.flows.conference.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllowListPolicyTest {

  private static final Party LEAD = new Party("c-lead", "PJSIP/1001", Set.of("leads"));
  private static final Party COACH = new Party("c-coach", "PJSIP/1002", Set.of("coaches"));
  private static final Party SALES_AGENT = new Party("c-agent", "PJSIP/2001", Set.of("sales"));
  private static final Party SUPPORT_AGENT = new Party("c-support", "PJSIP/3001", Set.of("support"));

  private static final AllowListPolicy POLICY = AllowListPolicy.of(
      new AllowRule("group:leads", "group:sales", EnumSet.allOf(SupervisionMode.class)),
      new AllowRule("PJSIP/1002", "*", EnumSet.of(SupervisionMode.LISTEN, SupervisionMode.WHISPER)));

  @Test
  void a_group_rule_allows_every_mode_it_lists() {
    for (SupervisionMode mode : SupervisionMode.values()) {
      assertEquals(new PolicyVerdict.Allowed(), POLICY.check(LEAD, SALES_AGENT, mode));
    }
  }

  @Test
  void an_identity_rule_with_a_wildcard_target_allows_only_its_modes() {
    assertEquals(new PolicyVerdict.Allowed(), POLICY.check(COACH, SUPPORT_AGENT, SupervisionMode.WHISPER));
    assertEquals(new PolicyVerdict.Denied("PJSIP/1002 may not barge on PJSIP/3001"),
        POLICY.check(COACH, SUPPORT_AGENT, SupervisionMode.BARGE));
  }

  @Test
  void anything_no_rule_allows_is_denied() {
    assertEquals(new PolicyVerdict.Denied("PJSIP/1001 may not listen on PJSIP/3001"),
        POLICY.check(LEAD, SUPPORT_AGENT, SupervisionMode.LISTEN));
    assertEquals(new PolicyVerdict.Denied("PJSIP/2001 may not listen on PJSIP/3001"),
        AllowListPolicy.of().check(SALES_AGENT, SUPPORT_AGENT, SupervisionMode.LISTEN));
  }

  @Test
  void nobody_supervises_themselves_whatever_the_rules() {
    AllowListPolicy everything = AllowListPolicy.of(new AllowRule("*", "*", EnumSet.allOf(SupervisionMode.class)));
    assertEquals(new PolicyVerdict.Denied("nobody supervises themselves"),
        everything.check(LEAD, new Party("other-channel", "PJSIP/1001", Set.of()), SupervisionMode.LISTEN));
  }
}
