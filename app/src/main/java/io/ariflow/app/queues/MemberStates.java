package io.ariflow.app.queues;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.flows.queue.AgentMessage;
import io.ariflow.flows.queue.agent.DeviceState;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.DeviceStateChanged;
import io.ariflow.model.event.EndpointStateChange;
import io.ariflow.model.request.applications.ApplicationsSubscribe;
import io.ariflow.model.resource.Endpoint;
import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the contact center told of its members' phones: subscribes the Stasis application to each member's
 * endpoint ({@code endpoint:PJSIP/2001}) and device ({@code deviceState:PJSIP/2001}, which Asterisk may refuse
 * for devices it does not let ARI watch), and turns EndpointStateChange into online/offline plus in use / not in
 * use (the endpoint's channels), and DeviceStateChanged into the device state. Subscriptions are sent once the
 * events connection is up, and again after every reconnect, since a restarted Asterisk has forgotten them.
 */
final class MemberStates implements EventOwner {

  private static final Logger LOG = LoggerFactory.getLogger(MemberStates.class);
  private static final String ENDPOINT = "endpoint:";
  private static final String DEVICE = "deviceState:";

  private final AriRestClient rest;
  private final String app;
  private final ObjectOwners objects;
  private final Consumer<AgentMessage> center;
  private final Set<String> watched = new LinkedHashSet<>();
  private boolean connected;

  MemberStates(AriRestClient rest, String app, ObjectOwners objects, Consumer<AgentMessage> center) {
    this.rest = rest;
    this.app = app;
    this.objects = objects;
    this.center = center;
  }

  /** Starts following {@code endpoint} (a member's or a logged-in agent's); Local channels have no state. */
  void watch(String endpoint) {
    if (endpoint.regionMatches(true, 0, "Local/", 0, 6) || !endpoint.contains("/") || !watched.add(endpoint)) {
      return;
    }
    objects.claim(ENDPOINT + endpoint.toLowerCase(Locale.ROOT), this);
    objects.claim(DEVICE + endpoint.toLowerCase(Locale.ROOT), this);
    if (connected) {
      subscribe(endpoint);
    }
  }

  /**
   * The events connection is (re)connected: subscribes to everything followed. Before the first connection the
   * application does not exist in Asterisk yet, so subscriptions wait for this.
   */
  void resubscribe() {
    connected = true;
    watched.forEach(this::subscribe);
  }

  private void subscribe(String endpoint) {
    send(ENDPOINT + endpoint).onFailure(f -> LOG.warn("queues: cannot follow endpoint {}: {}", endpoint,
        f.getMessage()));
    send(DEVICE + endpoint).onFailure(f -> LOG.debug("queues: Asterisk does not report device {} to ARI ({});"
        + " its endpoint state is used", endpoint, f.getMessage()));
  }

  private Future<Void> send(String source) {
    return rest.send(ApplicationsSubscribe.of(app, List.of(source))).mapEmpty();
  }

  @Override
  public void onEvent(AriEvent event) {
    if (event instanceof EndpointStateChange change && change.endpoint() != null) {
      Endpoint endpoint = change.endpoint();
      String name = endpoint.technology() + "/" + endpoint.resource();
      boolean online = "online".equalsIgnoreCase(endpoint.state());
      center.accept(new AgentMessage.EndpointChanged(name, online));
      if (online && endpoint.channelIds() != null) {
        DeviceState state = endpoint.channelIds().isEmpty() ? DeviceState.NOT_INUSE : DeviceState.INUSE;
        center.accept(new AgentMessage.DeviceChanged(name, state));
      }
    } else if (event instanceof DeviceStateChanged change && change.deviceState() != null) {
      center.accept(new AgentMessage.DeviceChanged(change.deviceState().name(),
          DeviceState.parse(String.valueOf(change.deviceState().state()))));
    }
  }

  /** Stops following every endpoint (the engine stops, or the queues are replaced). */
  void release() {
    for (String endpoint : watched) {
      objects.release(ENDPOINT + endpoint.toLowerCase(Locale.ROOT), this);
      objects.release(DEVICE + endpoint.toLowerCase(Locale.ROOT), this);
    }
    watched.clear();
  }

  @Override
  public String toString() {
    return "queue member states";
  }
}
