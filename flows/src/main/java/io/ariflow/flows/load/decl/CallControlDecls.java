package io.ariflow.flows.load.decl;

import io.ariflow.flows.spec.AnswerSpec;
import io.ariflow.flows.spec.ContinueSpec;
import io.ariflow.flows.spec.HangupSpec;
import io.ariflow.flows.spec.PauseSpec;
import io.ariflow.flows.spec.ProgressSpec;
import io.ariflow.flows.spec.RingSpec;
import io.ariflow.flows.expr.Template;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** Declarations of the call-control steps: answer, ring, progress, hangup, continue, pause. */
final class CallControlDecls {

  private static final Field<String> CAUSE = Field.withDefault("cause",
      ScalarKinds.choice(Choices.of(Choices.HANGUP_CAUSES)), "normal", "the ARI hangup reason");
  private static final Field<Template> CONTEXT = Field.optional("context", TextKinds.template(),
      "dialplan context (default: where Stasis() was called)");
  private static final Field<Template> EXTENSION = Field.optional("extension", TextKinds.template(),
      "dialplan extension (default: where Stasis() was called)");
  private static final Field<Integer> PRIORITY = Field.optional("priority", ScalarKinds.integer(1),
      "dialplan priority (default: after Stasis())");
  private static final Field<Duration> DURATION = Field.required("duration", ScalarKinds.duration(),
      "how long to wait");

  private CallControlDecls() {
  }

  static List<StepDecl> all() {
    return List.of(
        new StepDecl("answer", "Answers the channel.", List.of(), f -> new AnswerSpec(f.common())),
        new StepDecl("ring", "Sends ringing; the channel stays ringing until answered.", List.of(),
            f -> new RingSpec(f.common())),
        new StepDecl("progress", "Sends progress (early media) to the caller.", List.of(),
            f -> new ProgressSpec(f.common())),
        new StepDecl("hangup", "Hangs up and ends the run.", List.of(CAUSE),
            f -> new HangupSpec(f.common(), f.get(CAUSE))),
        new StepDecl("continue", "Sends the channel back to the dialplan and ends the run.",
            List.of(CONTEXT, EXTENSION, PRIORITY), f -> new ContinueSpec(f.common(), f.optional(CONTEXT),
                f.optional(EXTENSION), f.optional(PRIORITY).map(OptionalInt::of).orElse(OptionalInt.empty()))),
        new StepDecl("pause", "Waits.", List.of(DURATION), f -> new PauseSpec(f.common(), f.get(DURATION))));
  }
}
