package io.ariflow.sim.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionTextTest {

  private static ActionText.Parsed read(String text) {
    return ActionText.parse(text, Durations::parse, Durations.EXPECTED);
  }

  @Test
  void every_action_reads_back_as_it_prints() {
    for (String text : new String[] {"press 12#", "hangup", "hold", "unhold", "talk 1.5s"}) {
      assertEquals(text, read(text).action().orElseThrow().toString());
    }
  }

  @Test
  void talk_uses_the_duration_syntax_of_the_file_kind() {
    ActionText.Parsed parsed = ActionText.parse("talk 1h", text -> Optional.of(Duration.ofHours(1)), "anything");
    assertEquals(Optional.of(CallAction.talk(Duration.ofHours(1))), parsed.action());
  }

  @Test
  void a_wrong_action_says_what_is_allowed() {
    assertEquals("'press' needs digits (0-9, *, #, A-D), e.g. press 1, not 'press x'", read("press x").problem());
    assertEquals("'talk' needs " + Durations.EXPECTED + ", not 'talk soon'", read("talk soon").problem());
    assertEquals("'hangup' takes no value, not 'hangup now'", read("hangup now").problem());
    assertEquals("unknown action 'hangpu' (did you mean 'hangup'?); actions: " + ActionText.ACTIONS,
        read("hangpu").problem());
  }
}
