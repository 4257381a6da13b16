package io.ariflow.app.flows;

import io.ariflow.app.engine.CallSession;
import io.ariflow.app.engine.PlaybackResult;
import io.ariflow.app.engine.ResourceKind;
import io.ariflow.app.engine.StasisArgs;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.function.Consumer;

/** A call session that records what the adapter tells the engine (claims, releases) into a shared journal. */
final class FakeSession implements CallSession {
  private final String callId;
  private final List<String> journal;
  private final Promise<String> ended = Promise.promise();
  private boolean released;

  FakeSession(String callId, List<String> journal) {
    this.callId = callId;
    this.journal = journal;
  }

  boolean released() {
    return released;
  }

  @Override
  public String callId() {
    return callId;
  }

  @Override
  public Channel channel() {
    return new Channel(callId, null, "PJSIP/sipp-00000000", "Up", null, null, null, null, null, "en", null, null,
        null);
  }

  @Override
  public StasisArgs args() {
    return StasisArgs.parse(List.of("support"));
  }

  @Override
  public Future<Void> answer() {
    return Future.succeededFuture();
  }

  @Override
  public Future<PlaybackResult> play(List<String> media) {
    return Future.failedFuture(new UnsupportedOperationException("not used by flows"));
  }

  @Override
  public Future<Void> hangup(String reason) {
    released = true;
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> continueInDialplan() {
    released = true;
    return Future.succeededFuture();
  }

  @Override
  public void claim(ResourceKind kind, String id) {
    journal.add("claim " + kind + " " + id);
  }

  @Override
  public void onEvent(Consumer<AriEvent> listener) {
    journal.add("listen");
  }

  @Override
  public void markReleased() {
    released = true;
  }

  @Override
  public boolean inOurHands() {
    return !released;
  }

  @Override
  public Future<String> ended() {
    return ended.future();
  }
}
