package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Template;
import io.ariflow.flows.spec.BranchCase;
import io.ariflow.flows.spec.BranchSpec;
import io.ariflow.flows.spec.GetVarSpec;
import io.ariflow.flows.spec.GotoSpec;
import io.ariflow.flows.spec.SetSpec;
import io.ariflow.flows.spec.SetVarSpec;
import io.ariflow.flows.spec.StepSpec;
import io.ariflow.flows.spec.SwitchSpec;
import io.ariflow.flows.spec.UnsetSpec;
import io.ariflow.flows.spec.ValueSpec;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Declarations of the logic steps: set, unset, get-var, set-var, branch, switch, goto. */
final class LogicDecls {

  private static final Field<Map<String, ValueSpec>> VALUES = Field.required("values",
      ValueKinds.valueMap(true), "variable -> value: text with ${}, =expression, or a YAML value");
  private static final Field<List<String>> NAMES = Field.required("names",
      new ListOf<>(ValueKinds.variable(), "a variable name or a list of them"), "the variables to clear");
  private static final Field<Template> VAR_NAME = Field.required("name", TextKinds.template(),
      "channel variable or function, e.g. CALLERID(name)");
  private static final Field<String> INTO = Field.required("into", ValueKinds.assigned(),
      "the flow variable receiving the value");
  private static final Field<Template> VAR_VALUE = Field.required("value", TextKinds.template(),
      "the new value");
  private static final Field<List<BranchCase>> BRANCH_CASES = Field.required("cases", RefKinds.branchCases(),
      "conditions in order: - {when: tries > 2, goto: bye}");
  private static final Field<String> ELSE = Field.optional("else", RefKinds.step(),
      "the step when no condition is true (or use next)");
  private static final Field<Template> SWITCH_VALUE = Field.required("value", TextKinds.template(),
      "the value compared with each case");
  private static final Field<Map<String, String>> SWITCH_CASES = Field.required("cases", RefKinds.cases(),
      "value -> step");
  private static final Field<String> DEFAULT = Field.optional("default", RefKinds.step(),
      "the step when no case is equal (or use next)");
  private static final Field<String> TARGET = Field.required("target", RefKinds.step(), "the step to jump to");
  private static final Field<Integer> MAX = Field.optional("max", ScalarKinds.integer(1),
      "passes allowed; the next one produces outcome exhausted");

  private LogicDecls() {
  }

  static List<StepDecl> all() {
    return List.of(
        new StepDecl("set", "Sets flow variables.", List.of(VALUES), f -> new SetSpec(f.common(), f.get(VALUES))),
        new StepDecl("unset", "Clears flow variables.", List.of(NAMES),
            f -> new UnsetSpec(f.common(), f.get(NAMES))),
        new StepDecl("get-var", "Reads a channel variable into a flow variable.", List.of(VAR_NAME, INTO),
            f -> new GetVarSpec(f.common(), f.get(VAR_NAME), f.get(INTO))),
        new StepDecl("set-var", "Sets a channel variable.", List.of(VAR_NAME, VAR_VALUE),
            f -> new SetVarSpec(f.common(), f.get(VAR_NAME), f.get(VAR_VALUE))),
        new StepDecl("branch", "Goes to the first case whose condition is true.", List.of(BRANCH_CASES, ELSE),
            LogicDecls::branch),
        new StepDecl("switch", "Goes to the case equal to a value.", List.of(SWITCH_VALUE, SWITCH_CASES, DEFAULT),
            LogicDecls::switchStep),
        new StepDecl("goto", "Jumps to another step, optionally a limited number of times.", List.of(TARGET, MAX),
            f -> new GotoSpec(f.common(), f.get(TARGET), f.optional(MAX).map(OptionalInt::of)
                .orElse(OptionalInt.empty()))));
  }

  private static StepSpec branch(StepFields f) {
    return new BranchSpec(f.common(), f.get(BRANCH_CASES), f.optional(ELSE));
  }

  private static StepSpec switchStep(StepFields f) {
    return new SwitchSpec(f.common(), f.get(SWITCH_VALUE), f.get(SWITCH_CASES), f.optional(DEFAULT));
  }
}
