package io.ariflow.flows.steps;

import io.ariflow.flows.steps.queue.QueueAgentStep;
import io.ariflow.flows.steps.queue.QueueStep;
import java.util.List;

/** Every built-in step type, one instance each (step types are stateless; per-run state lives in the run). */
final class BuiltInSteps {

  private BuiltInSteps() {
  }

  static List<StepType<?>> all() {
    return List.of(
        new AnswerStep(), new RingStep(), new ProgressStep(), new HangupStep(), new ContinueStep(),
        new PauseStep(), new PlayStep(), new SayStep(), new RecordStep(), new GatherStep(), new MenuStep(),
        new SetStep(), new UnsetStep(), new GetVarStep(), new SetVarStep(), new BranchStep(), new SwitchStep(),
        new GotoStep(), new CallStep(), new ReturnStep(), new HttpStep(), new DialStep(), new TransferStep(),
        new ConferenceStep(), new SuperviseStep(), new QueueStep(), new QueueAgentStep(), new PickupStep());
  }
}
