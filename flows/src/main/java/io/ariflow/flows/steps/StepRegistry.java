package io.ariflow.flows.steps;

import io.ariflow.flows.spec.StepSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The step types by spec class: the interpreter asks it for the type of each step instead of switching on
 * type names. {@link #standard()} holds every built-in type plus the custom types found by
 * {@link ServiceLoader}; immutable once built.
 */
public final class StepRegistry {

  private final Map<Class<? extends StepSpec>, StepType<?>> types;
  private final Map<String, CustomStepType> custom;

  private StepRegistry(List<StepType<?>> builtIn, List<CustomStepType> customTypes) {
    Map<String, CustomStepType> byName = new LinkedHashMap<>();
    for (CustomStepType type : customTypes) {
      if (byName.putIfAbsent(type.name(), type) != null) {
        throw new IllegalArgumentException("two custom step types named '" + type.name() + "'");
      }
    }
    Map<Class<? extends StepSpec>, StepType<?>> bySpec = new LinkedHashMap<>();
    for (StepType<?> type : builtIn) {
      if (bySpec.putIfAbsent(type.specType(), type) != null) {
        throw new IllegalArgumentException("two step types for " + type.specType().getSimpleName());
      }
    }
    bySpec.put(io.ariflow.flows.spec.CustomSpec.class, new CustomSteps(byName));
    this.types = Map.copyOf(bySpec);
    this.custom = Map.copyOf(byName);
  }

  /** The built-in step types and the custom ones on the class path. */
  public static StepRegistry standard() {
    List<CustomStepType> found = ServiceLoader.load(CustomStepType.class).stream()
        .map(ServiceLoader.Provider::get).toList();
    return new StepRegistry(BuiltInSteps.all(), found);
  }

  /** The built-in step types and the given custom ones (tests, embedding). */
  public static StepRegistry withCustom(List<CustomStepType> customTypes) {
    return new StepRegistry(BuiltInSteps.all(), customTypes);
  }

  /** Exactly these types (tests that replace a built-in with a fake). */
  public static StepRegistry of(List<StepType<?>> builtIn, List<CustomStepType> customTypes) {
    return new StepRegistry(builtIn, customTypes);
  }

  /** The type that runs {@code spec}; throws when none is registered (the registry test prevents that). */
  @SuppressWarnings("unchecked")
  public <S extends StepSpec> StepType<S> forSpec(S spec) {
    StepType<?> type = types.get(spec.getClass());
    if (type == null) {
      throw new IllegalStateException("no step type for " + spec.getClass().getSimpleName());
    }
    return (StepType<S>) type;
  }

  /** Whether a type is registered for {@code specType}. */
  public boolean supports(Class<? extends StepSpec> specType) {
    return types.containsKey(specType);
  }

  /** The custom step types by name, for the loader's validator. */
  public Map<String, CustomStepType> customTypes() {
    return custom;
  }
}
