package io.ariflow.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.ari.rest.AriExchange;
import io.ariflow.app.ari.rest.AriFailure;
import io.ariflow.app.ari.rest.BadRequest;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.app.ari.rest.NotAnswered;
import io.ariflow.app.ari.rest.NotInStasis;
import io.ariflow.app.ari.rest.ServerError;
import io.ariflow.app.ari.rest.Transport;
import io.ariflow.app.ari.rest.TransportKind;
import io.ariflow.app.ari.rest.Unauthorized;
import io.ariflow.app.ari.rest.Unprocessable;
import io.ariflow.flows.port.CallControlFailure;
import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.port.OutboundChannel;
import io.ariflow.flows.port.RecordRequest;
import io.ariflow.model.request.HttpMethod;
import io.ariflow.model.request.bridges.BridgesPlayWithId;
import io.ariflow.model.request.channels.ChannelsCreate;
import io.ariflow.model.request.channels.ChannelsDial;
import io.ariflow.model.request.channels.ChannelsRecord;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The flows' call control over ARI: claims before commands, releases, the leg marker, and failure kinds. */
class AriCallControlTest {
  private static final String CALLER = "1795341600.0";

  private final List<String> journal = new ArrayList<>();
  private final JournalRest rest = new JournalRest(journal);
  private final FakeSession session = new FakeSession(CALLER, journal);
  private final AriCallControl control = new AriCallControl(rest, session, "ariflow");

  private static AriExchange exchange(int status, String body) {
    return AriExchange.unanswered("op", HttpMethod.GET, "/x").answered(status, body);
  }

  @Test
  void everyObjectIsClaimedBeforeItsCommandIsSent() {
    control.play("pb-1", "channel:" + CALLER, List.of("sound:hello-world"), null);
    control.createChannel(new OutboundChannel("leg-1", "Local/104@default", CALLER, null, Map.of()));
    control.createBridge("br-1", "mixing");
    control.record(CALLER, new RecordRequest("msg-1", "wav", null, null, false, "none", "fail"));

    assertEquals(List.of("claim PLAYBACK pb-1", "send channels.playWithId",
        "claim CHANNEL leg-1", "send channels.create",
        "claim BRIDGE br-1", "send bridges.createWithId",
        "claim RECORDING msg-1", "send channels.record"), journal);
  }

  @Test
  void legsEnterStasisMarkedAsLegsOfTheirCall() {
    control.createChannel(new OutboundChannel("leg-1", "Local/104@default", CALLER, "\"Support\" <555>", Map.of()));

    ChannelsCreate create = rest.last(ChannelsCreate.class);
    assertEquals("ariflow", create.app());
    assertEquals("ariflow:leg," + CALLER, create.appArgs());
    assertEquals("leg-1", create.channelId());
    assertEquals(CALLER, create.originator());
    assertEquals(Map.of("CALLERID(all)", "\"Support\" <555>"), create.variables());
  }

  @Test
  void aPlaybackOnABridgeTargetsTheBridge() {
    control.play("pb-1", "bridge:br-1", List.of("sound:beep"), "fr");

    BridgesPlayWithId play = rest.last(BridgesPlayWithId.class);
    assertEquals("br-1", play.bridgeId());
    assertEquals("fr", play.lang());
  }

  @Test
  void limitsAreSentInWholeSecondsAndDialTimeoutsToo() {
    control.record(CALLER, new RecordRequest("msg", "wav", Duration.ofMillis(30_500), Duration.ofMillis(200), true,
        "#", "overwrite"));
    control.dial("leg-1", CALLER, Duration.ofSeconds(20));

    ChannelsRecord record = rest.last(ChannelsRecord.class);
    assertEquals(30, record.maxDurationSeconds());
    assertEquals(1, record.maxSilenceSeconds());
    assertEquals(20, rest.last(ChannelsDial.class).timeout());
  }

  @Test
  void hangingUpOrContinuingTheCallerReleasesTheCallButALegDoesNot() {
    Wait.result(control.hangup("leg-1", "normal"));
    assertFalse(session.released());

    Wait.result(control.continueInDialplan(CALLER, null, null, null));
    assertTrue(session.released());
  }

  @Test
  void anUnsetVariableIsEmptyButAGoneChannelIsAFailure() {
    rest.answer("channels.getChannelVar",
        r -> Future.failedFuture(new Gone(exchange(404, "{\"message\":\"Provided variable was not found\"}"))));
    assertEquals(Optional.empty(), Wait.result(control.getVar(CALLER, "NOPE")));

    rest.answer("channels.getChannelVar",
        r -> Future.failedFuture(new Gone(exchange(404, "{\"message\":\"Channel not found\"}"))));
    Throwable failure = Wait.failure(control.getVar(CALLER, "X"));
    assertTrue(CallControlFailure.is(failure, FailureKind.GONE), failure.toString());
  }

  @Test
  void eachAriFailureBecomesItsKind() {
    Map<FailureKind, AriFailure> cases = Map.of(
        FailureKind.GONE, new Gone(exchange(404, "")),
        FailureKind.NOT_IN_STASIS, new NotInStasis(exchange(409, "")),
        FailureKind.NOT_ANSWERED, new NotAnswered(exchange(412, "")),
        FailureKind.UNPROCESSABLE, new Unprocessable(exchange(422, "")),
        FailureKind.BAD_REQUEST, new BadRequest(exchange(400, "")),
        FailureKind.SERVER, new ServerError(exchange(500, ""), "Asterisk failed"),
        FailureKind.TRANSPORT, new Transport(AriExchange.unanswered("op", HttpMethod.GET, "/x"),
            TransportKind.TIMEOUT, "no answer", null));
    cases.forEach((kind, ariFailure) -> {
      rest.answer("channels.answer", r -> Future.failedFuture(ariFailure));
      CallControlFailure failure = assertInstanceOf(CallControlFailure.class,
          Wait.failure(control.answer(CALLER)));
      assertEquals(kind, failure.kind());
      assertSame(ariFailure, failure.getCause());
    });
  }

  @Test
  void aBadCredentialAnswerIsAServerFaultForFlowsAndABugPassesThrough() {
    rest.answer("channels.answer", r -> Future.failedFuture(new Unauthorized(exchange(401, ""))));
    assertTrue(CallControlFailure.is(Wait.failure(control.answer(CALLER)), FailureKind.SERVER));

    IllegalStateException bug = new IllegalStateException("bug");
    rest.answer("channels.answer", fail(bug));
    assertSame(bug, Wait.failure(control.answer(CALLER)));
  }

  private static Function<io.ariflow.model.request.AriRequest<?>, Future<?>> fail(Throwable cause) {
    return r -> Future.failedFuture(cause);
  }
}
