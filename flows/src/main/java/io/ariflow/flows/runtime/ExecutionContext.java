package io.ariflow.flows.runtime;

import io.ariflow.flows.expr.Expression;
import io.ariflow.flows.expr.Scope;
import io.ariflow.flows.expr.Template;
import io.ariflow.flows.port.CallControl;
import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.spec.ValueSpec;
import io.ariflow.flows.steps.CancelReason;
import io.ariflow.flows.steps.DigitBuffer;
import io.ariflow.flows.steps.FlowEnd;
import io.ariflow.flows.steps.StepCancelledException;
import io.ariflow.flows.steps.StepContext;
import io.ariflow.flows.steps.Subscription;
import io.ariflow.model.event.AriEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link StepContext} of one step execution. It owns every wait, subscription and timer the step makes:
 * cancelling fails the waits with {@link StepCancelledException} and stops the timers; closing (when the step
 * has ended) releases whatever is left, so a step cannot leak listeners into the next one. A listener of the
 * step that throws fails the step: it is cancelled (so it cleans up) and ends with {@code error}.
 */
final class ExecutionContext implements StepContext {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutionContext.class);

  private final RunEnvironment env;
  private final Frame frame;
  private final Scope scope;
  private final String stepId;
  private final int passes;
  private final boolean handlesHangup;
  private final Promise<CancelReason> cancelled = Promise.promise();
  private final List<Waiter> waiters = new ArrayList<>();
  private final List<Subscription> subscriptions = new ArrayList<>();
  private final List<TimerHandle> timers = new ArrayList<>();
  private final Map<String, Object> partialResults = new LinkedHashMap<>();
  private final Map<String, Object> changed = new LinkedHashMap<>();
  private String note = "";
  private String failure = "";
  private CancelReason reason;
  private boolean closed;

  ExecutionContext(RunEnvironment env, Frame frame, Scope scope, String stepId, int passes,
      boolean handlesHangup) {
    this.env = env;
    this.frame = frame;
    this.scope = scope;
    this.stepId = stepId;
    this.passes = passes;
    this.handlesHangup = handlesHangup;
  }

  @Override
  public String stepId() {
    return stepId;
  }

  @Override
  public String channelId() {
    return env.info().channelId();
  }

  @Override
  public CallControl calls() {
    return env.ports().calls();
  }

  @Override
  public Timers timers() {
    return env.ports().timers();
  }

  @Override
  public HttpPort http() {
    return env.ports().http();
  }

  @Override
  public <T> Optional<T> port(Class<T> type) {
    return env.ports().port(type);
  }

  @Override
  public IdGenerator ids() {
    return env.ports().ids();
  }

  @Override
  public Scope scope() {
    return scope;
  }

  @Override
  public String render(Template template) {
    return template.render(scope);
  }

  @Override
  public Object evaluate(ValueSpec value) {
    if (value instanceof ValueSpec.Literal literal) {
      return literal.value();
    }
    if (value instanceof ValueSpec.Text text) {
      return text.template().evaluate(scope);
    }
    return ((ValueSpec.Computed) value).expression().evaluate(scope);
  }

  @Override
  public boolean test(Expression expression) {
    return expression.test(scope);
  }

  @Override
  public void setVariable(String name, Object value) {
    frame.variables().put(name, value);
    changed.put(name, value);
  }

  @Override
  public void unsetVariable(String name) {
    frame.variables().put(name, null);
    changed.put(name, null);
  }

  @Override
  public void setChannelVariable(String name, String value) {
    env.caller().channelVariables().put(name, value);
  }

  @Override
  public void putResult(String field, Object value) {
    partialResults.put(field, value);
  }

  @Override
  public void putNote(String text) {
    note = text == null ? "" : text;
  }

  @Override
  public boolean callerGone() {
    return env.caller().gone();
  }

  @Override
  public boolean answered() {
    return env.caller().answered();
  }

  @Override
  public void markAnswered() {
    env.caller().markAnswered();
  }

  @Override
  public boolean earlyMedia() {
    return env.caller().earlyMedia();
  }

  @Override
  public void markEarlyMedia() {
    env.caller().markEarlyMedia();
  }

  @Override
  public DigitBuffer digits() {
    return env.caller().digits();
  }

  @Override
  public Future<CancelReason> cancelled() {
    return cancelled.future();
  }

  @Override
  public boolean isCancelled() {
    return reason != null;
  }

  @Override
  public <E extends AriEvent> Future<E> next(Class<E> type, Predicate<? super E> filter) {
    if (closed || reason != null) {
      return Future.failedFuture(new StepCancelledException(reasonOrRunCancelled()));
    }
    Promise<E> promise = Promise.promise();
    Waiter waiter = new Waiter(promise);
    waiter.release = env.hub().subscribe(event -> {
      if (type.isInstance(event) && filter.test(type.cast(event))) {
        resolve(waiter);
        promise.tryComplete(type.cast(event));
      }
    }, this::listenerFailed)::close;
    waiters.add(waiter);
    return promise.future();
  }

  @Override
  public Subscription subscribe(Consumer<AriEvent> listener) {
    if (closed) {
      return () -> { };
    }
    Subscription subscription = env.hub().subscribe(listener, this::listenerFailed);
    subscriptions.add(subscription);
    return subscription;
  }

  @Override
  public Future<Void> sleep(Duration delay) {
    if (closed || reason != null) {
      return Future.failedFuture(new StepCancelledException(reasonOrRunCancelled()));
    }
    Promise<Void> promise = Promise.promise();
    Waiter waiter = new Waiter(promise);
    TimerHandle timer = schedule(delay, () -> {
      waiters.remove(waiter);
      promise.tryComplete();
    });
    waiter.release = timer::cancel;
    waiters.add(waiter);
    return promise.future();
  }

  @Override
  public TimerHandle schedule(Duration delay, Runnable action) {
    if (closed) {
      return () -> false;
    }
    TimerHandle[] self = new TimerHandle[1];
    self[0] = env.ports().timers().schedule(delay, () -> {
      timers.remove(self[0]);
      if (!closed) {
        env.guard().waited();
        action.run();
      }
    });
    timers.add(self[0]);
    return self[0];
  }

  @Override
  public int passes() {
    return passes;
  }

  @Override
  public Future<FlowEnd> callFlow(String flowId, Map<String, Object> args) {
    return env.subFlows().call(this, flowId, args);
  }

  /** Cancels the step: its waits fail, its timers stop; later calls are ignored. */
  void cancel(CancelReason why) {
    if (closed || reason != null) {
      return;
    }
    reason = why;
    cancelled.complete(why);
    failWaiters(why);
    stopTimers();
  }

  /** Releases everything the step still holds; called once the step has ended. */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    failWaiters(reasonOrRunCancelled());
    subscriptions.forEach(Subscription::close);
    subscriptions.clear();
    stopTimers();
  }

  Frame frame() {
    return frame;
  }

  /** Why the step failed when it was cancelled with {@link CancelReason#FAILED}. */
  String failure() {
    return failure;
  }

  CancelReason reason() {
    return reason;
  }

  boolean handlesHangup() {
    return handlesHangup;
  }

  Map<String, Object> partialResults() {
    return partialResults;
  }

  Map<String, Object> changed() {
    return changed;
  }

  String note() {
    return note;
  }

  private void listenerFailed(AriEvent event, RuntimeException bug) {
    LOG.error("call {}: step {}: a listener failed on {}; the step ends with error", env.info().callId(), stepId,
        event.type(), bug);
    if (closed || reason != null) {
      return;
    }
    failure = "listener failed on " + event.type() + ": " + bug;
    cancel(CancelReason.FAILED);
  }

  private void resolve(Waiter waiter) {
    waiters.remove(waiter);
    waiter.release.run();
    env.guard().waited();
  }

  private void failWaiters(CancelReason why) {
    List<Waiter> pending = List.copyOf(waiters);
    waiters.clear();
    for (Waiter waiter : pending) {
      waiter.release.run();
      waiter.promise.tryFail(new StepCancelledException(why));
    }
  }

  private void stopTimers() {
    List<TimerHandle> pending = List.copyOf(timers);
    timers.clear();
    pending.forEach(TimerHandle::cancel);
  }

  private CancelReason reasonOrRunCancelled() {
    return reason == null ? CancelReason.RUN_CANCELLED : reason;
  }

  /** A pending wait and how to release what it holds (its listener or timer). */
  private static final class Waiter {
    private final Promise<?> promise;
    private Runnable release = () -> { };

    Waiter(Promise<?> promise) {
      this.promise = promise;
    }
  }
}
