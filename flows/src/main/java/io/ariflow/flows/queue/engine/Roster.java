package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.QueueDefinition;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members present in one queue: static members from the start, dynamic agents while logged in, members
 * added at run time. Declared members keep their declaration index (rrordered, linear); every arrival gets
 * the next join number (rrmemory), so a member who leaves and comes back rotates from the end.
 */
final class Roster {

  private final List<String> declared;
  private final Map<String, RosterMember> present = new LinkedHashMap<>();
  private final Map<String, RosterMember> remembered = new LinkedHashMap<>();
  private int joins;
  private int extras;

  Roster(QueueDefinition definition) {
    this.declared = definition.allMembers().stream().map(MemberDefinition::agentId).toList();
    definition.members().forEach(this::add);
  }

  /** Adds {@code member}; false when it is already present. */
  boolean add(MemberDefinition member) {
    if (present.containsKey(member.agentId())) {
      return false;
    }
    int index = declared.indexOf(member.agentId());
    int order = index >= 0 ? index : declared.size() + extras++;
    Optional<RosterMember> before = Optional.ofNullable(remembered.remove(member.agentId()));
    present.put(member.agentId(), new RosterMember(member, order, joins++,
        before.map(RosterMember::callsTaken).orElse(0), before.flatMap(RosterMember::lastCallEnd)));
    return true;
  }

  /** Removes the member; false when it was not present. Its counters are kept for a return. */
  boolean remove(String agentId) {
    RosterMember removed = present.remove(agentId);
    if (removed != null) {
      remembered.put(agentId, removed);
    }
    return removed != null;
  }

  Optional<RosterMember> get(String agentId) {
    return Optional.ofNullable(present.get(agentId));
  }

  boolean contains(String agentId) {
    return present.containsKey(agentId);
  }

  Collection<RosterMember> members() {
    return present.values();
  }

  int size() {
    return present.size();
  }

  /** Records a completed call for the member, present or not. */
  void callCompleted(String agentId, Instant at) {
    Optional.ofNullable(present.get(agentId)).or(() -> Optional.ofNullable(remembered.get(agentId)))
        .ifPresent(member -> member.callCompleted(at));
  }
}
