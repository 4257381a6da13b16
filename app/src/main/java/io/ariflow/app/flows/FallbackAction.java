package io.ariflow.app.flows;

import io.ariflow.app.config.EngineFallback;
import io.ariflow.app.engine.CallSession;
import io.ariflow.flows.spec.FlowSpec;
import io.vertx.core.Future;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@code engine.fallback} for a call whose flow is unknown or failed in a way the flow's own
 * fallback did not settle: back to the dialplan, hang up, or another flow. Whatever happens, the channel
 * does not stay in Stasis: a refused continue is followed by a hangup, and a fallback flow that leaves the
 * channel in our hands is followed by a continue. Nothing is sent for a channel that is no longer ours.
 */
final class FallbackAction {
  private static final Logger LOG = LoggerFactory.getLogger(FallbackAction.class);

  private final EngineFallback policy;
  private final FlowRunner runner;

  FallbackAction(EngineFallback policy, FlowRunner runner) {
    this.policy = policy;
    this.runner = runner;
  }

  /** Applies the fallback to {@code call} because of {@code why}; never fails. */
  Future<Void> apply(CallSession call, String why, HostedCatalog catalog, CallStory story) {
    if (!call.inOurHands()) {
      LOG.info("call={} {}; the channel is no longer ours, nothing to fall back from", call.callId(), why);
      return Future.succeededFuture();
    }
    if (policy instanceof EngineFallback.RunFlow runFlow) {
      return runFlow(call, why, runFlow.flowId(), catalog, story);
    }
    story.add("fallback: " + describe(policy) + " (" + why + ")");
    LOG.warn("call={} {}; fallback: {}", call.callId(), why, describe(policy));
    return policy instanceof EngineFallback.Hangup ? hangup(call) : continueOrHangup(call);
  }

  private Future<Void> runFlow(CallSession call, String why, String flowId, HostedCatalog catalog,
      CallStory story) {
    Optional<FlowSpec> flow = catalog.flows().flow(flowId);
    if (flow.isEmpty()) {
      LOG.error("call={} {}; fallback flow '{}' is not loaded: back to the dialplan", call.callId(), why, flowId);
      story.add("fallback: back to the dialplan (" + why + "; fallback flow '" + flowId + "' not loaded)");
      return continueOrHangup(call);
    }
    LOG.warn("call={} {}; fallback: flow '{}'", call.callId(), why, flowId);
    story.add("fallback to flow " + flowId + " (" + why + ")");
    return runner.run(call, flow.get(), catalog, story).compose(outcome -> {
      if (!call.inOurHands()) {
        return Future.succeededFuture();
      }
      LOG.warn("call={} fallback flow '{}' left the channel in Stasis; back to the dialplan", call.callId(), flowId);
      return continueOrHangup(call);
    });
  }

  private static Future<Void> continueOrHangup(CallSession call) {
    return call.continueInDialplan().recover(refused -> {
      LOG.warn("call={} continue refused ({}); hanging up", call.callId(), refused.getMessage());
      return hangup(call);
    });
  }

  /** The last resort: a refusal here means the channel is already gone, or Asterisk is; either way we stop. */
  private static Future<Void> hangup(CallSession call) {
    return call.hangup("normal").recover(refused -> {
      LOG.warn("call={} hangup refused: {}", call.callId(), refused.getMessage());
      return Future.succeededFuture();
    });
  }

  private static String describe(EngineFallback policy) {
    if (policy instanceof EngineFallback.Hangup) {
      return "hang up";
    }
    return policy instanceof EngineFallback.RunFlow run ? "flow " + run.flowId() : "back to the dialplan";
  }
}
