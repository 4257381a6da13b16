package io.ariflow.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDtmfReceived;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.MissingParams;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.event.UnknownEvent;
import org.junit.jupiter.api.Test;

class AriEventDecoderTest {

  private static final String STASIS_START = """
      {"type": "StasisStart", "timestamp": "2026-11-22T07:30:23.963+0000", "args": ["2000"],
       "channel": {"id": "1795332623.12", "name": "PJSIP/sipp-00000000", "state": "Ring",
         "protocol_id": "1-25004@127.0.0.1", "caller": {"name": "sipp", "number": "100"},
         "connected": {"name": "", "number": ""}, "accountcode": "",
         "dialplan": {"context": "from-test", "exten": "2000", "priority": 2, "app_name": "Stasis",
           "app_data": "engine,2000"},
         "creationtime": "2026-11-22T07:30:23.962+0000", "language": "en"},
       "asterisk_id": "02:fc:00:00:00:01", "application": "engine"}""";

  private final ObjectMapper mapper = AriJson.newMapper();
  private final AriEventDecoder decoder = new AriEventDecoder(mapper);

  @Test
  void decodesAKnownTypeToItsRecordWithCamelCaseComponents() {
    StasisStart start = assertInstanceOf(StasisStart.class, decoder.decode(STASIS_START));

    assertEquals("StasisStart", start.type());
    assertEquals("engine", start.application());
    assertEquals("02:fc:00:00:00:01", start.asteriskId());
    assertEquals("1-25004@127.0.0.1", start.channel().protocolId());
    assertEquals("Stasis", start.channel().dialplan().appName());
    assertEquals(2L, start.channel().dialplan().priority());
    assertEquals(java.util.List.of("2000"), start.args());
    assertNull(start.replaceChannel());
  }

  @Test
  void eventsAboutAChannelCarryTheRoutingMarker() {
    AriEvent event = decoder.decode(STASIS_START);

    HasChannel routed = assertInstanceOf(HasChannel.class, event);
    assertEquals("1795332623.12", routed.channel().id());
  }

  @Test
  void unknownTypeBecomesUnknownEventKeepingTheRawJson() throws Exception {
    String json = "{\"type\":\"ChannelTeleported\",\"application\":\"engine\",\"timestamp\":\"t1\","
        + "\"asterisk_id\":\"a1\",\"destination\":{\"planet\":\"Mars\"},\"list\":[1,2.5,null]}";

    UnknownEvent unknown = assertInstanceOf(UnknownEvent.class, decoder.decode(json));

    assertEquals("ChannelTeleported", unknown.type());
    assertEquals("engine", unknown.application());
    assertEquals("t1", unknown.timestamp());
    assertEquals("a1", unknown.asteriskId());
    assertEquals(mapper.readTree(json), unknown.raw());
    assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(unknown)));
  }

  @Test
  void fieldsANewerAsteriskAddsAreIgnored() {
    String json = STASIS_START
        .replace("\"args\"", "\"future_field\": {\"x\": 1}, \"args\"")
        .replace("\"language\": \"en\"", "\"language\": \"en\", \"channel_color\": \"blue\"");

    StasisStart start = assertInstanceOf(StasisStart.class, decoder.decode(json));

    assertEquals("en", start.channel().language());
  }

  @Test
  void malformedJsonGivesADecodeExceptionNamingTheProblemAndQuotingTheInput() {
    AriDecodeException e = assertThrows(AriDecodeException.class,
        () -> decoder.decode("{\"type\": \"StasisStart\", \"channel\": {"));

    assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("in: {\"type\": \"StasisStart\""), e.getMessage());
  }

  @Test
  void trailingGarbageIsMalformedToo() {
    AriDecodeException e = assertThrows(AriDecodeException.class,
        () -> decoder.decode("{\"type\": \"StasisEnd\"} trailing"));

    assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
  }

  @Test
  void missingTypeIsNamedInTheException() {
    AriDecodeException e = assertThrows(AriDecodeException.class,
        () -> decoder.decode("{\"application\": \"engine\"}"));

    assertTrue(e.getMessage().contains("\"type\""), e.getMessage());
    assertTrue(e.getMessage().contains("{\"application\": \"engine\"}"), e.getMessage());
  }

  @Test
  void aJsonArrayIsNotAnEvent() {
    AriDecodeException e = assertThrows(AriDecodeException.class, () -> decoder.decode("[1, 2]"));

    assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());
  }

  @Test
  void emptyInputIsRejectedClearly() {
    AriDecodeException e = assertThrows(AriDecodeException.class, () -> decoder.decode("  "));

    assertTrue(e.getMessage().startsWith("empty message"), e.getMessage());
  }

  @Test
  void aKnownTypeWithAFieldOfTheWrongShapeNamesTheType() {
    AriDecodeException e = assertThrows(AriDecodeException.class,
        () -> decoder.decode("{\"type\": \"ChannelDtmfReceived\", \"duration_ms\": {\"oops\": 1}}"));

    assertTrue(e.getMessage().startsWith("cannot decode ChannelDtmfReceived"), e.getMessage());
  }

  @Test
  void longInputIsCutInTheExceptionMessage() {
    String big = "{\"application\": \"" + "x".repeat(5000) + "\"}";

    AriDecodeException e = assertThrows(AriDecodeException.class, () -> decoder.decode(big));

    assertTrue(e.getMessage().length() < 300, "message length " + e.getMessage().length());
    assertTrue(e.getMessage().endsWith("..."));
  }

  @Test
  void missingParamsIsAMessageWithoutApplicationOrTimestamp() {
    MissingParams missing = assertInstanceOf(MissingParams.class,
        decoder.decode("{\"type\": \"MissingParams\", \"params\": [\"app\"]}"));

    assertEquals(java.util.List.of("app"), missing.params());
    assertNull(missing.application());
    assertNull(missing.timestamp());
  }

  @Test
  void decodingAParsedTreeGivesTheSameRecord() throws Exception {
    JsonNode tree = mapper.readTree(STASIS_START);

    assertEquals(decoder.decode(STASIS_START), decoder.decode(tree));
  }

  @Test
  void encodingWritesTheTypeAndOmitsAbsentFields() throws Exception {
    ChannelDtmfReceived dtmf = new ChannelDtmfReceived("engine", "t", null, "1", 280, null);

    JsonNode json = mapper.readTree(mapper.writeValueAsString(dtmf));

    assertEquals(mapper.readTree(
        "{\"type\":\"ChannelDtmfReceived\",\"application\":\"engine\",\"timestamp\":\"t\",\"digit\":\"1\","
            + "\"duration_ms\":280}"), json);
  }
}
