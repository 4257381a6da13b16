package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressStepTest {

  @Test
  void early_media_lets_a_prompt_play_without_answering() {
    FlowHarness h = FlowHarness.yaml("""
        flow: announce-before-answer
        start: early
        steps:
          early:
            type: progress
            next: notice
          notice:
            type: play
            media: [sound:ss-noservice]
            earlyMedia: true
            next: bye
          bye:
            type: hangup
            cause: unallocated
        """).start();
    h.calls.finishPlayback();

    assertEquals(List.of("progress", "play", "hangup"), h.calls.ops());
  }
}
