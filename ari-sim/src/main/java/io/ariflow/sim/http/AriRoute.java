package io.ariflow.sim.http;

import io.ariflow.sim.core.AriError;
import io.ariflow.sim.core.SimCore;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/** One ARI operation: reads parameters, acts on the current core, answers; AriError becomes its reply. */
@FunctionalInterface
interface AriRoute {

  Reply handle(Params params, SimCore core);

  /** Adapts an operation to a Vert.x handler bound to whichever core is current (cores change on restart). */
  static Handler<RoutingContext> of(Supplier<SimCore> core, AriRoute route) {
    return ctx -> {
      Reply reply;
      try {
        reply = route.handle(new Params(ctx), core.get());
      } catch (AriError e) {
        Reply.error(ctx, e);
        return;
      }
      Reply.write(ctx, reply);
    };
  }
}
