package io.ariflow.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.model.json.AriJson;
import io.ariflow.model.request.bridges.BridgesAddChannel;
import io.ariflow.model.request.bridges.BridgesCreate;
import io.ariflow.model.request.bridges.BridgesCreateWithId;
import io.ariflow.model.request.channels.ChannelsAnswer;
import io.ariflow.model.request.channels.ChannelsCreate;
import io.ariflow.model.request.channels.ChannelsGet;
import io.ariflow.model.request.channels.ChannelsHangup;
import io.ariflow.model.request.channels.ChannelsList;
import io.ariflow.model.request.channels.ChannelsOriginate;
import io.ariflow.model.request.channels.ChannelsOriginateWithId;
import io.ariflow.model.request.channels.ChannelsPlay;
import io.ariflow.model.request.channels.ChannelsPlayWithId;
import io.ariflow.model.request.channels.ChannelsSnoopChannel;
import io.ariflow.model.request.channels.ChannelsSnoopChannelWithId;
import io.ariflow.model.request.playbacks.PlaybacksControl;
import io.ariflow.model.request.recordings.RecordingsGetStoredFile;
import io.ariflow.model.resource.Channel;
import io.ariflow.model.testing.TraceExchange;
import io.ariflow.model.testing.Traces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestShapeTest {

  private static final String LOCAL_ID = "Local/answer@answer-wait-00000001;2";

  private final ObjectMapper mapper = AriJson.newMapper();

  @Test
  void pathEncodesALocalChannelIdAsOneSegment() {
    assertEquals("/channels/Local%2Fanswer@answer-wait-00000001;2", ChannelsHangup.of(LOCAL_ID).path());
    assertEquals("/channels/1795332600.12/answer", ChannelsAnswer.of("1795332600.12").path());
  }

  @Test
  void multiValuedQueryParametersAreJoinedWithCommas() {
    BridgesAddChannel add = BridgesAddChannel.of("conf-bridge-1", List.of("1.1", "1.2", LOCAL_ID));

    assertEquals(Map.of("channel", "1.1,1.2," + LOCAL_ID), add.query());
  }

  @Test
  void queryKeepsDeclarationOrderAndOmitsUnsetParameters() {
    ChannelsPlay play = ChannelsPlay.of("c1", List.of("sound:hello-world")).withSkipms(500).withLang("en");

    assertEquals(List.of("media", "lang", "skipms"), new ArrayList<>(play.query().keySet()));
    assertEquals("500", play.query().get("skipms"));
  }

  @Test
  void aParameterNamedLikeAnAriRequestMethodGetsTheParamSuffix() {
    PlaybacksControl control = PlaybacksControl.of("p1", "pause");

    assertEquals("playbacks.control", control.operation());
    assertEquals(Map.of("operation", "pause"), control.query());
  }

  @Test
  void originateMatchesTheRecordedAgentLegIncludingTheVariablesBody() throws Exception {
    assumeTrue(Traces.sharedDir().isPresent(), "SKIPPED: shared/ari/traces not found");
    TraceExchange recorded = Traces.load("originate-dial-bridge").exchanges().stream()
        .filter(e -> e.requestBody() != null)
        .findFirst()
        .orElseThrow();
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("AGENT_ID", "1001");
    variables.put("CALLERID(name)", "Agent 1001");

    ChannelsOriginate originate = ChannelsOriginate.of("Local/shorthangup@answer-wait")
        .withApp("engine")
        .withAppArgs("agent")
        .withCallerId("Agent <1001>")
        .withVariables(variables);

    assertEquals(recorded.path(), originate.path());
    assertEquals(recorded.query(), originate.query());
    assertEquals(recorded.requestBody(), mapper.valueToTree(originate.body()));
    assertEquals("{\"variables\":{\"AGENT_ID\":\"1001\",\"CALLERID(name)\":\"Agent 1001\"}}",
        mapper.writeValueAsString(originate.body()));
  }

  @Test
  void bodyIsNullWhenNoBodyParameterIsSet() {
    assertNull(ChannelsOriginate.of("PJSIP/sipp").body());
    assertNull(ChannelsAnswer.of("c1").body());
  }

  @Test
  void readsAreIdempotent() {
    assertTrue(ChannelsGet.of("c1").idempotent());
    assertTrue(ChannelsList.of().idempotent());
  }

  @Test
  void creationsAreIdempotentOnlyWithAnIdWeChose() {
    assertFalse(ChannelsOriginate.of("PJSIP/sipp").idempotent());
    assertTrue(ChannelsOriginate.of("PJSIP/sipp").withChannelId("our-id").idempotent());
    assertTrue(ChannelsOriginate.of("PJSIP/sipp").withOtherChannelId("our-id;2").idempotent());
    assertTrue(ChannelsOriginateWithId.of("our-id", "PJSIP/sipp").idempotent());
    assertFalse(ChannelsCreate.of("PJSIP/sipp", "engine").idempotent());
    assertTrue(ChannelsCreate.of("PJSIP/sipp", "engine").withChannelId("our-id").idempotent());
    assertFalse(BridgesCreate.of().idempotent());
    assertTrue(BridgesCreate.of().withBridgeId("b1").idempotent());
    assertTrue(BridgesCreateWithId.of("b1").idempotent());
    assertFalse(ChannelsPlay.of("c1", List.of("sound:beep")).idempotent());
    assertTrue(ChannelsPlay.of("c1", List.of("sound:beep")).withPlaybackId("p1").idempotent());
    assertTrue(ChannelsPlayWithId.of("c1", "p1", List.of("sound:beep")).idempotent());
    assertFalse(ChannelsSnoopChannel.of("c1", "engine").idempotent());
    assertTrue(ChannelsSnoopChannelWithId.of("c1", "s1", "engine").idempotent());
  }

  @Test
  void commandsOnAnExistingChannelAreNotIdempotent() {
    assertFalse(ChannelsAnswer.of("c1").idempotent());
    assertFalse(ChannelsHangup.of("c1").idempotent());
  }

  @Test
  void responseTypesFollowTheSpecification() {
    assertEquals(Channel.class, ChannelsOriginate.of("x").responseType().getType());
    assertEquals("java.util.List<io.ariflow.model.resource.Channel>",
        ChannelsList.of().responseType().getType().getTypeName());
    assertEquals(Void.class, ChannelsAnswer.of("c1").responseType().getType());
    assertEquals(byte[].class, RecordingsGetStoredFile.of("r1").responseType().getType());
  }

  @Test
  void requestsAreImmutable() {
    List<String> media = new ArrayList<>(List.of("sound:one"));
    ChannelsPlay play = ChannelsPlay.of("c1", media);
    media.add("sound:two");

    assertEquals(List.of("sound:one"), play.media());
    assertThrows(UnsupportedOperationException.class, () -> play.media().add("sound:three"));
    assertThrows(UnsupportedOperationException.class, () -> play.query().put("x", "y"));
  }

  @Test
  void aMissingPathParameterFailsAtConstruction() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ChannelsAnswer.of(null));

    assertEquals("channelId", e.getMessage());
  }
}
