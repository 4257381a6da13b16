package io.ariflow.flows.queue;

import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.QueueDefinition;
import java.util.Map;
import java.util.Optional;

/** Short ways to declare test queues. */
public final class Queues {

  private Queues() {
  }

  /** A static member {@code id} ringing {@code PJSIP/id}. */
  public static MemberDefinition member(String id, int penalty) {
    return new MemberDefinition(id, Optional.of("PJSIP/" + id), penalty, Map.of(), Optional.empty());
  }

  /** A static member with skills. */
  public static MemberDefinition skilled(String id, Map<String, Integer> skills) {
    return member(id, 0).withSkills(skills);
  }

  /** A queue named {@code name} with {@code strategy} and static members {@code ids}, all penalty 0. */
  public static QueueDefinition.Builder queue(String name, String strategy, String... ids) {
    QueueDefinition.Builder builder = QueueDefinition.builder(name).strategy(strategy);
    for (String id : ids) {
      builder.member(member(id, 0));
    }
    return builder;
  }
}
