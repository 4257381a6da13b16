package io.ariflow.flows.steps;

import io.ariflow.flows.expr.Values;
import io.ariflow.flows.spec.DialMode;
import io.ariflow.flows.spec.DialSpec;
import io.ariflow.flows.spec.TransferSpec;
import io.ariflow.flows.state.TransitionObserver;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * {@code transfer}: a dial to one extension ({@code Local/<to>@<context>}) or endpoint with ringing passed to
 * the caller. Once connected it ends the run when the bridge ends: when the callee hangs up, the caller is hung up;
 * the caller hanging up is the usual {@code hangup}. Not connected: {@code failed} with
 * {@code steps.X.dialStatus}.
 */
public final class TransferStep implements StepType<TransferSpec> {

  @Override
  public Class<TransferSpec> specType() {
    return TransferSpec.class;
  }

  @Override
  public Future<StepResult> execute(TransferSpec spec, StepContext ctx) {
    String to = ctx.render(spec.to());
    DialPlan plan = new DialPlan(List.of(endpoint(spec, ctx, to)), DialMode.SEQUENTIAL, spec.ringTimeout(), null,
        true, List.of(), Optional.empty(), Optional.of("transferred to " + to));
    return new DialRun(ctx, plan, TransitionObserver.NONE).run().compose(report -> result(plan, report));
  }

  private static String endpoint(TransferSpec spec, StepContext ctx, String to) {
    if (to.contains("/")) {
      return to;
    }
    String context = spec.context().map(ctx::render)
        .orElseGet(() -> Values.text(ctx.scope().lookup(List.of("call", "context")).orElse("default")));
    return "Local/" + to + "@" + context;
  }

  private static Future<StepResult> result(DialPlan plan, DialReport report) {
    if (!DialSpec.ANSWERED.equals(report.outcome())) {
      return Future.succeededFuture(StepResult.of(TransferSpec.FAILED, report.results())
          .noted(DialOutcomes.missed(plan, report)));
    }
    String note = DialOutcomes.note(plan, report.answeredBy().orElse(""), report.ringSeconds(),
        report.talkSeconds()) + "; callee hung up";
    return Future.succeededFuture(new StepResult("end", report.results(), note,
        Optional.of(new Termination.HungUp("normal"))));
  }
}
