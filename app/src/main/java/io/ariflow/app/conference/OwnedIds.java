package io.ariflow.app.conference;

import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.app.engine.ResourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ids one owner claimed in the engine's {@link ObjectOwners}, grouped (by room, by session) so a group can be
 * given up at once. An id may sit in several groups for a moment (a member leaving one room and entering the next):
 * the engine claim goes only when the last group lets it go. Each id keeps its kind, so a reconnect knows how to
 * find out whether it outlived the lost connection.
 */
final class OwnedIds {

  private final ObjectOwners objects;
  private final EventOwner self;
  private final Map<String, Set<String>> groupsOfId = new HashMap<>();
  private final Map<String, Set<String>> idsOfGroup = new HashMap<>();
  private final Map<String, ResourceKind> kinds = new HashMap<>();

  OwnedIds(ObjectOwners objects, EventOwner self) {
    this.objects = objects;
    this.self = self;
  }

  /** Claims {@code id} of {@code kind} for {@code group}; call before sending the command that creates or moves it. */
  void claim(String group, String id, ResourceKind kind) {
    kinds.put(id, kind);
    Set<String> groups = groupsOfId.computeIfAbsent(id, key -> new LinkedHashSet<>());
    if (groups.isEmpty()) {
      objects.claim(id, self);
    }
    groups.remove(group);
    groups.add(group);
    idsOfGroup.computeIfAbsent(group, key -> new LinkedHashSet<>()).add(id);
  }

  /** {@code group} lets {@code id} go. */
  void release(String group, String id) {
    Set<String> groups = groupsOfId.get(id);
    if (groups == null || !groups.remove(group)) {
      return;
    }
    Set<String> ids = idsOfGroup.get(group);
    if (ids != null && ids.remove(id) && ids.isEmpty()) {
      idsOfGroup.remove(group);
    }
    if (groups.isEmpty()) {
      groupsOfId.remove(id);
      kinds.remove(id);
      objects.release(id, self);
    }
  }

  /** {@code group} lets every id go. */
  void releaseAll(String group) {
    for (String id : of(group)) {
      release(group, id);
    }
  }

  /** The ids of {@code group}, a copy. */
  List<String> of(String group) {
    return new ArrayList<>(idsOfGroup.getOrDefault(group, Set.of()));
  }

  /** The group that claimed {@code id} last. */
  Optional<String> groupOf(String id) {
    Set<String> groups = groupsOfId.get(id);
    if (groups == null || groups.isEmpty()) {
      return Optional.empty();
    }
    List<String> ordered = new ArrayList<>(groups);
    return Optional.of(ordered.get(ordered.size() - 1));
  }

  /** Every id held with its kind, a copy (what a reconnect will judge). */
  Map<String, ResourceKind> held() {
    return new HashMap<>(kinds);
  }

  /** Whether {@code id} is still held. */
  boolean holds(String id) {
    return groupsOfId.containsKey(id);
  }

  /** How many ids are held. */
  int size() {
    return groupsOfId.size();
  }
}
