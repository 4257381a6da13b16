package io.ariflow.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathSegmentTest {

  @Test
  void localChannelIdKeepsAtAndSemicolonButEncodesTheSlash() {
    assertEquals("Local%2Fanswer@answer-wait-00000001;2",
        PathSegment.encode("Local/answer@answer-wait-00000001;2"));
  }

  @Test
  void asteriskUniqueIdsPassUnchanged() {
    assertEquals("1795332600.12", PathSegment.encode("1795332600.12"));
    assertEquals("Stasis:agent-1001", PathSegment.encode("Stasis:agent-1001"));
  }

  @Test
  void spacesPlusQuestionMarksAndNonAsciiArePercentEncoded() {
    assertEquals("my%20rec%2Bv2%3F%23%C3%A9", PathSegment.encode("my rec+v2?#é"));
  }

  @Test
  void decodeReversesEncode() {
    String id = "Local/answer@answer-wait-00000001;2 + é";

    assertEquals(id, PathSegment.decode(PathSegment.encode(id)));
  }
}
