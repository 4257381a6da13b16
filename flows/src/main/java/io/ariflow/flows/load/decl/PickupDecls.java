package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Template;
import io.ariflow.flows.spec.PickupSpec;
import java.util.List;
import java.util.Optional;

/**
 * The {@code pickup} step and the {@code pickupGroups} field that dials and queues share. A group pickup without
 * groups could never take anything, so it is an error at load time.
 */
public final class PickupDecls {

  /** The groups whose members may pick a dial's or a queue's ringing call up. */
  public static final Field<List<String>> PICKUP_GROUPS = Field.withDefault("pickupGroups", groups(), List.of(),
      "pickup groups that may answer this call while it rings (pickup step); none: not offered");

  private static final Field<Template> TARGET = Field.optional("target", TextKinds.template(),
      "the extension, endpoint (PJSIP/2001) or queue agent whose ringing call to take; absent: group pickup");
  private static final Field<List<String>> GROUPS = Field.withDefault("groups", groups(), List.of(),
      "the picker's pickup groups (required without target)");

  private PickupDecls() {
  }

  /** A pickup group or a list of them. */
  public static Kind<List<String>> groups() {
    return new ListOf<>(ScalarKinds.name("a pickup group"), "a pickup group or a list of them");
  }

  static List<StepDecl> all() {
    return List.of(new StepDecl("pickup", "Answers a call ringing elsewhere (directed or group pickup).",
        List.of(TARGET, GROUPS), PickupDecls::pickup));
  }

  private static PickupSpec pickup(StepFields f) {
    Optional<Template> target = f.optional(TARGET);
    List<String> groups = f.get(GROUPS);
    if (target.isEmpty() && groups.isEmpty()) {
      f.context().error(f.node(), "a group pickup needs groups: name the picker's pickup groups "
          + "(groups: [sales]), or take one call with target");
    }
    return new PickupSpec(f.common(), target, groups);
  }
}
