package io.ariflow.flows.conference.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ariflow.flows.conference.command.AudioDirection;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.model.testing.TraceLine;
import io.ariflow.model.testing.Traces;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hearing model on its own: bridges mix, snoops carry and inject audio by direction. */
class AudioWiringTest {

  private static final List<String> PARTIES = List.of("a", "b", "s");

  private static AudioWiring callWithSupervisorBridge(AudioDirection spy, AudioDirection whisper) {
    AudioWiring wiring = AudioWiring.call("call", List.of("a", "b"));
    wiring.apply(new Command.CreateBridge("sb", "supervision"));
    wiring.apply(new Command.CreateSnoop("snoop", "a", spy, whisper));
    wiring.apply(new Command.AddToBridge("sb", "snoop"));
    wiring.apply(new Command.AddToBridge("sb", "s"));
    return wiring;
  }

  @Test
  void spying_in_only_carries_the_target_s_voice_not_what_it_hears() {
    Hearing hearing = callWithSupervisorBridge(AudioDirection.IN, AudioDirection.NONE).hearing(PARTIES);
    assertEquals(Set.of("a"), hearing.heardBy("s"));
  }

  @Test
  void spying_out_only_carries_what_the_target_hears() {
    Hearing hearing = callWithSupervisorBridge(AudioDirection.OUT, AudioDirection.NONE).hearing(PARTIES);
    assertEquals(Set.of("b"), hearing.heardBy("s"));
  }

  @Test
  void whispering_in_speaks_through_the_target_to_the_other_side() {
    Hearing hearing = callWithSupervisorBridge(AudioDirection.BOTH, AudioDirection.IN).hearing(PARTIES);
    assertEquals(Set.of("b"), hearing.listenersOf("s"));
  }

  @Test
  void whispering_both_ways_is_heard_by_both_sides_like_chanspy_barge() {
    Hearing hearing = callWithSupervisorBridge(AudioDirection.BOTH, AudioDirection.BOTH).hearing(PARTIES);
    assertEquals(Set.of("a", "b"), hearing.listenersOf("s"));
  }

  @Test
  void hanging_up_the_snoop_or_destroying_the_bridge_cuts_the_path() {
    AudioWiring wiring = callWithSupervisorBridge(AudioDirection.BOTH, AudioDirection.NONE);
    wiring.apply(new Command.HangUp("snoop", "normal"));
    assertEquals(Set.of(), wiring.hearing(PARTIES).heardBy("s"));
    assertEquals(Set.of(), wiring.snoops());
    wiring.apply(new Command.DestroyBridge("sb"));
    assertEquals(Set.of("call"), wiring.bridges().keySet());
    wiring.apply(new Command.RemoveFromBridge("call", "b"));
    assertFalse(wiring.hearing(PARTIES).hears("a", "b"));
  }

  @Test
  void adding_a_channel_to_another_bridge_moves_it() {
    AudioWiring wiring = AudioWiring.call("call", List.of("a", "b"));
    wiring.apply(new Command.AddToBridge("other", "b"));
    assertFalse(wiring.hearing(PARTIES).hears("a", "b"));
    assertEquals(Set.of("b"), wiring.bridges().get("other"));
  }

  @Test
  void snoop_directions_are_spelled_as_in_the_snoop_spy_whisper_trace() {
    assumeTrue(Traces.sharedDir().isPresent(),
        "skipped: shared/ari/traces not found (set -D" + Traces.SHARED_DIR_PROPERTY + ")");
    List<String> sent = Traces.load("snoop-spy-whisper").requests().stream().map(TraceLine::line)
        .filter(line -> line.get("path").asText().contains("/snoop"))
        .map(line -> line.get("query").get("spy").asText() + "/" + line.get("query").get("whisper").asText())
        .toList();
    assertEquals(List.of("both/none", "none/out"), sent);
    assertTrue(sent.contains(AudioDirection.BOTH.ariValue() + "/" + SupervisionMode.LISTEN.whisper().ariValue()));
    assertEquals("out", SupervisionMode.WHISPER.whisper().ariValue());
  }
}
