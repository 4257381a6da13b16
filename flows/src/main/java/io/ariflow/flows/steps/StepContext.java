package io.ariflow.flows.steps;

import io.ariflow.flows.expr.Expression;
import io.ariflow.flows.expr.Scope;
import io.ariflow.flows.expr.Template;
import io.ariflow.flows.port.CallControl;
import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.spec.ValueSpec;
import io.ariflow.model.event.AriEvent;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a running step may use: the ports, the run's variables, the caller's media state and waits tied to the
 * step's life. Every wait ({@link #next}, {@link #sleep}) fails with {@link StepCancelledException} when the
 * step is cancelled, and every subscription and timer made here ends with the step, so a step cannot leak
 * listeners. Called only on the call's context.
 */
public interface StepContext {

  /** The running step's id. */
  String stepId();

  /** The caller's channel id. */
  String channelId();

  /** ARI commands. */
  CallControl calls();

  /** The clock and raw timers (prefer {@link #sleep} and {@link #schedule}, which end with the step). */
  Timers timers();

  /** Outgoing HTTP. */
  HttpPort http();

  /**
   * A port the host offers beyond the core ones (the conference service, ...), empty when it offers none; a
   * step that needs a missing one fails with {@code error}.
   */
  default <T> Optional<T> port(Class<T> type) {
    return Optional.empty();
  }

  /** Ids for playbacks, channels, bridges and recordings, generated before the command. */
  IdGenerator ids();

  /** The variables expressions see: call, args, flow variables, steps, chan. */
  Scope scope();

  /** Renders a template against {@link #scope()}; throws {@code EvaluationException} on a null or bad value. */
  String render(Template template);

  /** The value of a {@code set}/{@code return}/{@code args} entry. */
  Object evaluate(ValueSpec value);

  /** Whether an expression ({@code when:}) is true. */
  boolean test(Expression expression);

  /** Sets a flow variable of the running flow. */
  void setVariable(String name, Object value);

  /** Clears a flow variable back to null. */
  void unsetVariable(String name);

  /** Remembers a channel variable read by {@code get-var}, readable as {@code chan.<name>}. */
  void setChannelVariable(String name, String value);

  /** Publishes a result field now, so it is kept even if the step is then cancelled (hangup, timeout). */
  void putResult(String field, Object value);

  /** Sets the timeline note now, so it is kept even if the step is then cancelled. */
  void putNote(String text);

  /** Whether the caller hung up or left Stasis (a step on a {@code hangup} route runs without a caller). */
  boolean callerGone();

  /** Whether the caller's channel is answered. */
  boolean answered();

  /** Records that the caller's channel is answered. */
  void markAnswered();

  /** Whether early media (progress) was already sent to the unanswered caller. */
  boolean earlyMedia();

  /** Records that progress was sent. */
  void markEarlyMedia();

  /** Digits pressed but not yet consumed (barge-in type-ahead). */
  DigitBuffer digits();

  /** Completes with the reason when the step is cancelled; never fails. */
  Future<CancelReason> cancelled();

  /** Whether the step was cancelled. */
  boolean isCancelled();

  /**
   * The next event of {@code type} that passes {@code filter}, delivered after this call (register it
   * before sending the command that causes it); fails with {@link StepCancelledException} on cancellation.
   */
  <E extends AriEvent> Future<E> next(Class<E> type, Predicate<? super E> filter);

  /** Delivers every later event of the run to {@code listener} until closed or the step ends. */
  Subscription subscribe(Consumer<AriEvent> listener);

  /** Completes after {@code delay} on the run's timers; fails with {@link StepCancelledException} on cancel. */
  Future<Void> sleep(Duration delay);

  /** Runs {@code action} after {@code delay} unless cancelled first or the step has ended. */
  TimerHandle schedule(Duration delay, Runnable action);

  /** How many times this step has started in the running flow, this pass included (for {@code goto max}). */
  int passes();

  /** Runs flow {@code flowId} as a sub-flow with {@code args}; completes when it returns or ends. */
  Future<FlowEnd> callFlow(String flowId, Map<String, Object> args);
}
