package io.ariflow.flows.load.decl;

import io.ariflow.flows.spec.CallSpec;
import io.ariflow.flows.spec.ReturnSpec;
import io.ariflow.flows.spec.ValueSpec;
import java.util.List;
import java.util.Map;

/** Declarations of the sub-flow steps: call and return. */
final class FlowDecls {

  private static final Field<String> FLOW = Field.required("flow", ScalarKinds.name("a flow id"),
      "the id of the flow to run");
  private static final Field<Map<String, ValueSpec>> ARGS = Field.withDefault("args",
      ValueKinds.valueMap(false), Map.of(), "name -> value, seen by the callee as args.<name>");
  private static final Field<Map<String, ValueSpec>> RETURN_VALUES = Field.withDefault("values",
      ValueKinds.valueMap(false), Map.of(), "name -> value, seen by the caller as steps.<call step>.<name>");

  private FlowDecls() {
  }

  static List<StepDecl> all() {
    return List.of(
        new StepDecl("call", "Runs another flow and comes back.", List.of(FLOW, ARGS),
            f -> new CallSpec(f.common(), f.get(FLOW), f.get(ARGS))),
        new StepDecl("return", "Ends a sub-flow, handing values back to the caller.", List.of(RETURN_VALUES),
            f -> new ReturnSpec(f.common(), f.get(RETURN_VALUES))));
  }
}
