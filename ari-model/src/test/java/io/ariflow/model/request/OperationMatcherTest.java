package io.ariflow.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationMatcherTest {

  private final OperationMatcher matcher = OperationMatcher.ofAll();

  @Test
  void theMostLiteralTemplateWins() {
    assertEquals("channels.create", matcher.find(HttpMethod.POST, "/channels/create").orElseThrow().name());
    assertEquals("channels.originateWithId", matcher.find(HttpMethod.POST, "/channels/abc").orElseThrow().name());
  }

  @Test
  void pathParametersAreExtractedAndDecoded() {
    OperationInfo answer = matcher.find(HttpMethod.POST, "/channels/Local%2Fx@ctx-00000001;2/answer").orElseThrow();

    assertEquals("channels.answer", answer.name());
    assertEquals(Map.of("channelId", "Local/x@ctx-00000001;2"),
        answer.match(HttpMethod.POST, "/channels/Local%2Fx@ctx-00000001;2/answer").orElseThrow());
  }

  @Test
  void endpointPathsHaveTwoParameters() {
    OperationInfo get = matcher.find(HttpMethod.GET, "/endpoints/PJSIP/sipp").orElseThrow();

    assertEquals("endpoints.get", get.name());
    assertEquals(Map.of("tech", "PJSIP", "resource", "sipp"), get.match(HttpMethod.GET, "/endpoints/PJSIP/sipp").get());
  }

  @Test
  void unknownPathsAndWrongMethodsMatchNothing() {
    assertTrue(matcher.find(HttpMethod.GET, "/no-such-resource").isEmpty());
    assertTrue(matcher.find(HttpMethod.PUT, "/channels").isEmpty());
  }
}
