package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.spec.StepSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepRegistryTest {

  @Test
  void every_step_spec_type_has_a_step() {
    StepRegistry registry = StepRegistry.standard();
    List<String> missing = Arrays.stream(StepSpec.class.getPermittedSubclasses())
        .filter(type -> !registry.supports(type.asSubclass(StepSpec.class)))
        .map(Class::getSimpleName)
        .toList();

    assertEquals(List.of(), missing);
  }

  @Test
  void each_built_in_step_runs_the_spec_it_declares() {
    for (StepType<?> type : BuiltInSteps.all()) {
      assertTrue(StepSpec.class.isAssignableFrom(type.specType()), type.getClass().getSimpleName());
    }
    assertEquals(BuiltInSteps.all().size(),
        BuiltInSteps.all().stream().map(StepType::specType).distinct().count());
  }

  @Test
  void two_steps_for_one_spec_are_refused() {
    assertThrows(IllegalArgumentException.class,
        () -> StepRegistry.of(List.of(new AnswerStep(), new AnswerStep()), List.of()));
  }

  @Test
  void two_custom_types_with_one_name_are_refused() {
    assertThrows(IllegalArgumentException.class,
        () -> StepRegistry.withCustom(List.of(new CoinFlipStep(), new CoinFlipStep())));
  }
}
