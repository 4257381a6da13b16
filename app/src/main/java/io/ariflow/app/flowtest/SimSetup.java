package io.ariflow.app.flowtest;

import io.ariflow.sim.InboundCall;
import io.ariflow.sim.SimOptions;
import io.ariflow.sim.dialplan.Dialplan;
import io.ariflow.sim.dialplan.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The simulated Asterisk of one case: the caller's context sends the dialled extension to
 * {@code Stasis(ariflow, <flow>, key=value ...)}, and every stubbed party is a far end: an extension of its
 * context, or a registered PJSIP phone (context {@code phones}, as the simulator dials phones).
 */
final class SimSetup {

  /** The context through which the simulator runs dialled PJSIP phones. */
  static final String PHONES = "phones";

  private SimSetup() {
  }

  static SimOptions options(TestCase test) {
    CallerSpec caller = test.caller();
    Dialplan.Builder plan = Dialplan.builder().exten(caller.context(), caller.extension(),
        new Step.NoOp("ariflow test: " + test.name().replace(',', ' ')),
        new Step.Stasis("${APP}", caller.stasisArgs()),
        new Step.Hangup(PartyBehaviour.NORMAL_CLEARING));
    Set<String> endpoints = new LinkedHashSet<>(SimOptions.forTests().endpoints());
    for (PartyStub party : test.parties()) {
      String context = party.isPhone() ? PHONES : party.context(caller.context());
      plan.exten(context, party.extension(caller.context()), party.behaviour().steps());
      if (party.isPhone()) {
        endpoints.add(party.extension(caller.context()));
      }
    }
    SimOptions options = SimOptions.forTests().withCredentials(OfflineEngine.USER, OfflineEngine.PASSWORD)
        .withStasisApp(OfflineEngine.APP).withFarEnds(plan.build()).withEndpoints(new ArrayList<>(endpoints));
    return test.startTime().map(options::withStartTime).orElse(options);
  }

  /** The phones to register once the simulator runs. */
  static List<String> phones(TestCase test) {
    return test.parties().stream().filter(PartyStub::isPhone).map(p -> p.extension(test.caller().context()))
        .toList();
  }

  /** The caller's call. */
  static InboundCall call(TestCase test) {
    CallerSpec caller = test.caller();
    return InboundCall.to(caller.extension()).from(caller.number(), caller.name()).inContext(caller.context());
  }
}
