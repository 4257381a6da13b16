package io.ariflow.app.ari.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationReplacedFrameTest {

  @Test
  void recognisesTheFrameAsteriskSentInTheApplicationReplacedTrace() throws Exception {
    List<String> replaced = TraceFixtures.events("application-replaced").stream()
        .filter(ApplicationReplacedFrame::matches).toList();

    assertEquals(1, replaced.size());
    assertTrue(replaced.get(0).contains("\"application\":\"engine\""), replaced.get(0));
  }

  @Test
  void ordinaryEventsAreNotMistakenForIt() throws Exception {
    assertTrue(TraceFixtures.events("load-burst").stream().noneMatch(ApplicationReplacedFrame::matches));
  }

  @Test
  void theWordInsideAVariableValueOrABrokenFrameIsNotEnough() {
    assertFalse(ApplicationReplacedFrame.matches(
        "{\"variable\":\"NOTE\",\"value\":\"ApplicationReplaced\",\"type\":\"ChannelVarset\"}"));
    assertFalse(ApplicationReplacedFrame.matches("{\"type\":\"ApplicationReplaced\""));
    assertFalse(ApplicationReplacedFrame.matches("[\"ApplicationReplaced\"]"));
  }
}
