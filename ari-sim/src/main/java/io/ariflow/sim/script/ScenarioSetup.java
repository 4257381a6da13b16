package io.ariflow.sim.script;

import io.ariflow.sim.InboundCall;
import io.ariflow.sim.SimOptions;
import io.ariflow.sim.dialplan.Dialplan;
import io.ariflow.sim.dialplan.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a scenario needs from the simulator before it starts: a context per call with explicit Stasis
 * arguments, the agents' phone behaviour in the {@code [phones]} context the core dials PJSIP endpoints
 * through, and the agents' endpoints.
 */
public final class ScenarioSetup {

  /** The dialplan context whose extension (= endpoint resource) drives a dialled PJSIP phone. */
  static final String PHONES = "phones";
  private static final String DEFAULT_CONTEXT = "from-test";

  private ScenarioSetup() {}

  /** {@code base} with the scenario's contexts and endpoints added. */
  public static SimOptions apply(Scenario scenario, SimOptions base) {
    Dialplan.Builder plan = Dialplan.builder();
    for (int i = 0; i < scenario.calls().size(); i++) {
      CallSpec call = scenario.calls().get(i);
      if (!call.args().isEmpty()) {
        plan.anyExten(argsContext(i), new Step.NoOp("scenario call ${EXTEN}"),
            new Step.Stasis("${APP}", call.args()), new Step.Hangup(16));
      }
    }
    Set<String> endpoints = new LinkedHashSet<>(base.endpoints());
    for (AgentSpec agent : scenario.agents()) {
      plan.exten(PHONES, agent.resource(), phone(agent));
      endpoints.add(agent.resource());
    }
    return base.withFarEnds(plan.build()).withEndpoints(new ArrayList<>(endpoints));
  }

  /** How call number {@code index} of the scenario is placed. */
  static InboundCall inboundCall(CallSpec call, int index) {
    String context = !call.args().isEmpty() ? argsContext(index)
        : call.context() == null ? DEFAULT_CONTEXT : call.context();
    return new InboundCall(call.endpoint(), context, call.to(), call.from(), call.name());
  }

  private static String argsContext(int index) {
    return "scenario-call-" + (index + 1);
  }

  private static List<Step> phone(AgentSpec agent) {
    if (agent.busy()) {
      return List.of(new Step.Busy(10));
    }
    List<Step> steps = new ArrayList<>(List.of(new Step.Ringing(), new Step.Wait(agent.answerAfter()),
        new Step.Answer()));
    agent.talk().ifPresent(talk -> {
      steps.add(new Step.Wait(talk));
      steps.add(new Step.Hangup(16));
    });
    return steps;
  }
}
