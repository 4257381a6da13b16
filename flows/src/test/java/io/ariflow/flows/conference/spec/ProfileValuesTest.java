package io.ariflow.flows.conference.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.CallerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small computations declarations carry: recording names, dial-out endpoints, prompts, limits. */
class ProfileValuesTest {

  @Test
  void recording_names_fill_room_date_and_sequence() {
    RecordingPlan plan = new RecordingPlan("conf-{room}-{date}-{seq}", "wav", false);
    assertEquals("conf-team-1-20261122-093005-3", plan.render("team-1", Instant.parse("2026-11-22T09:30:05Z"), 3));
  }

  @Test
  void dial_out_puts_the_digits_into_the_endpoint() {
    assertEquals("PJSIP/201@trunk",
        new DialOutPlan("PJSIP/{digits}@trunk", Duration.ofSeconds(20), CallerId.NONE).endpointFor("201"));
  }

  @Test
  void prompts_default_to_confbridge_sounds_and_take_overrides() {
    Prompts prompts = Prompts.DEFAULTS.with(PromptKey.KICKED, "custom-kicked");
    assertEquals("sound:custom-kicked", prompts.media(PromptKey.KICKED));
    assertEquals("sound:conf-onlyperson", prompts.media(PromptKey.ONLY_PERSON));
    assertEquals("only-person", PromptKey.ONLY_PERSON.label());
  }

  @Test
  void max_members_zero_means_no_limit() {
    assertFalse(BridgeProfile.builder().build().isFull(1000));
    assertTrue(BridgeProfile.builder().maxMembers(2).build().isFull(2));
  }

  @Test
  void a_template_finds_the_menu_of_a_role_and_knows_whether_any_pin_is_asked() {
    DtmfMenu menu = DtmfMenu.of("user", new MenuEntry("*1", MenuAction.TOGGLE_MUTE));
    RoomTemplate template = new RoomTemplate(NamePattern.of("x"), BridgeProfile.builder().build(),
        Map.of(Role.PLAIN, UserProfile.builder(Role.PLAIN).menu("user").build()), Map.of("user", menu));
    assertEquals(Optional.of(menu), template.menuFor(Role.PLAIN));
    assertEquals(Optional.empty(), template.menuFor(Role.ADMIN));
    assertFalse(template.anyPin());
    assertEquals(Optional.of(new MenuEntry("*1", MenuAction.TOGGLE_MUTE)), menu.entryFor(MenuAction.TOGGLE_MUTE));
  }

  @Test
  void labels_are_written_as_declarations_write_them() {
    assertEquals("toggle-mute-participants", MenuAction.TOGGLE_MUTE_PARTICIPANTS.label());
    assertEquals("admin", Role.ADMIN.label());
    assertEquals("\"Team\" <500>", new CallerId("Team", "500").ariValue());
    assertEquals("500", new CallerId("", "500").ariValue());
  }
}
