package io.ariflow.app.pickup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.conference.AriCommands;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.flows.conference.pickup.PickupOutcome;
import io.ariflow.flows.conference.pickup.PickupRequest;
import io.ariflow.flows.conference.pickup.RingSource;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.ariflow.flows.port.PickupAttempt;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.request.AriRequest;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pickup host against the order Asterisk really uses: the events of the bridge arrive on the events socket,
 * the answers to the bridge commands on other connections, so a hangup can overtake the answer of the last one.
 */
class PickupHostTest {

  private static final String BRIDGE = "bridge-1";
  private final Vertx vertx = Vertx.vertx();
  private final Context home = vertx.getOrCreateContext();
  private final List<Promise<Object>> heldAddChannels = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  /** Answers every request at once, except that adding a channel to a bridge waits until the test releases it. */
  private final AriRestClient rest = new AriRestClient() {
    @Override
    @SuppressWarnings("unchecked")
    public <R> Future<R> send(AriRequest<R> request) {
      if (!"bridges.addChannel".equals(request.operation())) {
        return Future.succeededFuture();
      }
      Promise<Object> held = Promise.promise();
      heldAddChannels.add(held);
      return (Future<R>) held.future();
    }
  };

  @Test
  void a_caller_hanging_up_right_after_both_entered_the_bridge_was_picked_up_even_before_asterisk_answered() {
    PickupHost host = onHome(() -> new PickupHost(home, new ObjectOwners(), new AriCommands(rest, "ariflow"),
        prefix -> prefix + "-1"));
    Future<PickupAttempt> attempt = onHome(() -> {
      host.offer(new RingingCall("call-1", "caller", List.of("leg"), RingSource.DIAL, Set.of("2001"),
          Set.of("sales"), true));
      return host.pick(new PickupRequest("picker", "PJSIP/3001", Set.of("sales"), Optional.empty()));
    });
    onHome(() -> {
      heldAddChannels.get(0).complete();
      return null;
    });

    onHome(() -> {
      host.onEvent(event("ChannelEnteredBridge", "caller"));
      host.onEvent(event("ChannelEnteredBridge", "picker"));
      host.onEvent(event("ChannelHangupRequest", "caller"));
      heldAddChannels.get(1).complete();
      return null;
    });

    assertEquals(PickupOutcome.PICKED_UP, await(attempt).outcome());
  }

  private static AriEvent event(String type, String channelId) {
    String bridge = type.contains("Bridge") ? ", \"bridge\": {\"id\": \"" + BRIDGE + "\", \"channels\": []}" : "";
    return new AriEventDecoder().decode("{\"type\": \"" + type + "\", \"application\": \"ariflow\", "
        + "\"timestamp\": \"2026-11-23T10:00:00.000+0000\", \"channel\": {\"id\": \"" + channelId + "\", "
        + "\"name\": \"PJSIP/x-1\", \"state\": \"Up\"}" + bridge + "}");
  }

  private <T> T onHome(Supplier<T> action) {
    CompletableFuture<T> done = new CompletableFuture<>();
    home.runOnContext(v -> done.complete(action.get()));
    return await(done);
  }

  private static <T> T await(Future<T> future) {
    return await(future.toCompletionStage().toCompletableFuture());
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
