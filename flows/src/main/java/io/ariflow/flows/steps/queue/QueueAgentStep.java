package io.ariflow.flows.steps.queue;

import io.ariflow.flows.port.QueuePort;
import io.ariflow.flows.queue.AgentMessage;
import io.ariflow.flows.spec.QueueAgentSpec;
import io.ariflow.flows.steps.StepContext;
import io.ariflow.flows.steps.StepResult;
import io.ariflow.flows.steps.StepType;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code queue-agent}: an agent's own feature code (log in on this phone, log out, pause, unpause), applied by the
 * queues' owner like the control API's. A login without {@code endpoint} uses the caller's own device (the
 * channel {@code PJSIP/3001-0000002a} logs in {@code PJSIP/3001}). A refusal is the {@code refused} outcome with
 * its reason, never an error.
 */
public final class QueueAgentStep implements StepType<QueueAgentSpec> {

  /** A channel name's unique suffix: {@code -0000002a}, and {@code ;1} on Local channels. */
  private static final Pattern CHANNEL_SUFFIX = Pattern.compile("-[0-9a-fA-F]+(;[12])?$");

  @Override
  public Class<QueueAgentSpec> specType() {
    return QueueAgentSpec.class;
  }

  @Override
  public Future<StepResult> execute(QueueAgentSpec spec, StepContext ctx) {
    Optional<QueuePort> port = ctx.port(QueuePort.class);
    if (port.isEmpty()) {
      return Future.failedFuture(new IllegalStateException("this engine hosts no queues"));
    }
    String agent = ctx.render(spec.agent());
    AgentMessage message = message(spec, ctx, agent);
    String did = describe(message);
    return port.get().agent(message)
        .map(done -> StepResult.of(QueueAgentSpec.DONE, Map.of("agent", agent)).noted("agent " + agent + " " + did))
        .recover(refused -> Future.succeededFuture(StepResult.of(QueueAgentSpec.REFUSED,
            Map.of("agent", agent, "reason", String.valueOf(refused.getMessage())))
            .noted("agent " + agent + " not " + did + ": " + refused.getMessage())));
  }

  private static AgentMessage message(QueueAgentSpec spec, StepContext ctx, String agent) {
    return switch (spec.action()) {
      case LOGIN -> AgentMessage.Login.of(agent, spec.endpoint().map(ctx::render).orElseGet(() -> device(ctx)));
      case LOGOUT -> new AgentMessage.Logout(agent);
      case PAUSE -> new AgentMessage.Pause(agent, spec.reason().map(ctx::render).orElse(""));
      case UNPAUSE -> new AgentMessage.Unpause(agent);
    };
  }

  /** The caller's device: their channel's name without its unique suffix. */
  static String device(StepContext ctx) {
    String channel = ctx.scope().lookup(List.of("call", "channel")).map(String::valueOf).orElse("");
    return CHANNEL_SUFFIX.matcher(channel).replaceFirst("");
  }

  private static String describe(AgentMessage message) {
    if (message instanceof AgentMessage.Login login) {
      return "logged in on " + login.endpoint();
    }
    if (message instanceof AgentMessage.Pause pause) {
      return "paused" + (pause.reason().isEmpty() ? "" : " (" + pause.reason() + ")");
    }
    return message instanceof AgentMessage.Logout ? "logged out" : "unpaused";
  }
}
