package io.ariflow.flows.steps;

import io.ariflow.flows.port.ConferencePort;
import io.ariflow.flows.spec.ConferenceSpec;
import io.vertx.core.Future;

/**
 * {@code conference}: brings the caller into a room through the host's {@link ConferencePort} and continues when
 * the room lets it go. The room decides (PIN, lock, size, menus, who hears whom); this step only plays, collects
 * and records what the room asks for, and plays what the room says on the way out. Outcomes: {@code left}, and
 * the room's reasons (kicked, room-ended, locked, full, wrong-pin, not-allowed, no-such-room).
 */
public final class ConferenceStep implements StepType<ConferenceSpec> {

  @Override
  public Class<ConferenceSpec> specType() {
    return ConferenceSpec.class;
  }

  @Override
  public Future<StepResult> execute(ConferenceSpec spec, StepContext ctx) {
    ConferencePort port = ctx.port(ConferencePort.class).orElse(null);
    if (port == null) {
      return Future.failedFuture(new IllegalStateException("this engine hosts no conference rooms"));
    }
    String room = ctx.render(spec.room());
    ctx.putResult("room", room);
    return CallerMedia.answer(ctx).compose(ready -> new ConferenceVisit(spec, ctx, port, room).run());
  }
}
