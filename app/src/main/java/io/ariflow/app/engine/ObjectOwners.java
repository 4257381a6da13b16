package io.ariflow.app.engine;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Context;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ARI objects owned by something other than one call: a room's bridge, its recording, the participants it
 * dialled, supervision snoops, and the member channels those owners follow. A channel claimed here that enters
 * Stasis is not a new call; a reconnect does not treat it as lost. Lives on the engine's context, published in
 * the context's data so handlers started there can find it ({@link #of}). Not thread-safe by design.
 */
public final class ObjectOwners {
  private static final Logger LOG = LoggerFactory.getLogger(ObjectOwners.class);
  private static final String CONTEXT_KEY = ObjectOwners.class.getName();

  private final Map<String, Set<EventOwner>> byId = new HashMap<>();
  private BiConsumer<Channel, String> adopter = (channel, flowId) -> {
    throw new IllegalStateException("no engine adopts channels here");
  };

  /** Sets how a channel owned here becomes a call running a flow (the engine does it). */
  void adopter(BiConsumer<Channel, String> engineAdopter) {
    adopter = engineAdopter;
  }

  /**
   * Hands a channel in Stasis that {@code owner} created (an answered click-to-call leg) to the engine as a new
   * call running {@code flowId}, as if it had entered Stasis with that flow; {@code owner} stops following it.
   */
  public void handOver(Channel channel, String flowId, EventOwner owner) {
    release(channel.id(), owner);
    adopter.accept(channel, flowId);
  }

  /** Publishes these owners in {@code context}'s data (the engine does it before starting its handler). */
  void attach(Context context) {
    context.put(CONTEXT_KEY, this);
  }

  /** The owners of the engine running on {@code context}, if an engine published them there. */
  public static Optional<ObjectOwners> of(Context context) {
    Object found = context.get(CONTEXT_KEY);
    return found instanceof ObjectOwners owners ? Optional.of(owners) : Optional.empty();
  }

  /** From now on, events about {@code id} also go to {@code owner}. Claim before sending the command. */
  public void claim(String id, EventOwner owner) {
    byId.computeIfAbsent(id, key -> new LinkedHashSet<>()).add(owner);
  }

  /** {@code owner} no longer follows {@code id}. */
  public void release(String id, EventOwner owner) {
    Set<EventOwner> owners = byId.get(id);
    if (owners != null && owners.remove(owner) && owners.isEmpty()) {
      byId.remove(id);
    }
  }

  /** Whether anyone claimed {@code id}. */
  public boolean claimed(String id) {
    return byId.containsKey(id);
  }

  /** How many ids are claimed (tests: nothing left behind). */
  public int size() {
    return byId.size();
  }

  /** Delivers {@code event} once to each owner of any of {@code ids}; an owner's failure stays with it. */
  void deliver(Collection<String> ids, AriEvent event) {
    Set<EventOwner> owners = new LinkedHashSet<>();
    ids.forEach(id -> owners.addAll(byId.getOrDefault(id, Set.of())));
    for (EventOwner owner : owners) {
      try {
        owner.onEvent(event);
      } catch (RuntimeException e) {
        LOG.error("{} failed on {}: {}", owner, event.type(), e.toString(), e);
      }
    }
  }
}
