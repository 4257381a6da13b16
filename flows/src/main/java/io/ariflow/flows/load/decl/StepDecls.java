package io.ariflow.flows.load.decl;

import io.ariflow.flows.steps.CustomStepType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of step types by YAML name: every built-in declaration plus the registered custom ones. The
 * loader looks a step's {@code type} up here; nothing switches on type names.
 */
public final class StepDecls {

  /** The fields every step may have besides its type's own. */
  public static final List<String> COMMON_FIELDS = List.of("type", "next", "on", "timeout", "description");

  private final Map<String, StepDecl> byType;

  private StepDecls(Map<String, StepDecl> byType) {
    this.byType = Collections.unmodifiableMap(byType);
  }

  /** The built-in step types only. */
  public static StepDecls builtIn() {
    return withCustom(List.of());
  }

  /**
   * The built-in step types plus {@code custom}.
   *
   * @throws IllegalArgumentException when a custom type reuses a name
   */
  public static StepDecls withCustom(List<CustomStepType> custom) {
    Map<String, StepDecl> byType = new LinkedHashMap<>();
    List<StepDecl> all = new ArrayList<>();
    all.addAll(CallControlDecls.all());
    all.addAll(MediaDecls.all());
    all.addAll(InputDecls.all());
    all.addAll(LogicDecls.all());
    all.addAll(FlowDecls.all());
    all.addAll(IntegrationDecls.all());
    all.addAll(ConferenceDecls.all());
    all.addAll(QueueDecls.all());
    all.addAll(PickupDecls.all());
    custom.forEach(c -> all.add(CustomDecls.decl(c)));
    for (StepDecl decl : all) {
      if (byType.putIfAbsent(decl.type(), decl) != null) {
        throw new IllegalArgumentException("step type '" + decl.type() + "' is declared twice");
      }
    }
    return new StepDecls(byType);
  }

  /** The declaration of {@code type}. */
  public Optional<StepDecl> find(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** Every type name, in declaration order. */
  public Collection<String> names() {
    return byType.keySet();
  }

  /** Every declaration, in declaration order. */
  public Collection<StepDecl> all() {
    return byType.values();
  }
}
