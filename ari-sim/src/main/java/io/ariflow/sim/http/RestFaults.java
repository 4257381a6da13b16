package io.ariflow.sim.http;

import io.ariflow.sim.clock.SimClock;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Applies active {@link RestFault}s in the order they were added; the first match wins. */
public final class RestFaults implements Handler<RoutingContext> {

  private static final class Active {
    final RestFault fault;
    int left;

    Active(RestFault fault) {
      this.fault = fault;
      this.left = fault.times();
    }
  }

  private final SimClock clock;
  private final List<Active> active = new ArrayList<>();
  private int held;

  RestFaults(SimClock clock) {
    this.clock = clock;
  }

  public void add(RestFault fault) {
    active.add(new Active(fault));
  }

  public void clear() {
    active.clear();
  }

  /** Requests currently held back by a delay fault. */
  public int held() {
    return held;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String path = ctx.normalizedPath().substring("/ari".length());
    RestFault hit = take(ctx.request().method().name(), path);
    if (hit == null) {
      ctx.next();
      return;
    }
    if (hit.delay().isZero()) {
      apply(ctx, hit);
    } else {
      held++;
      clock.schedule(hit.delay(), () -> {
        held--;
        apply(ctx, hit);
      });
    }
  }

  private void apply(RoutingContext ctx, RestFault fault) {
    if (fault.status() == 0) {
      ctx.next();
    } else {
      ctx.response().setStatusCode(fault.status()).putHeader("Content-Type", "application/json")
          .end(fault.body() == null ? "" : fault.body());
    }
  }

  private RestFault take(String method, String path) {
    for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
      Active a = it.next();
      if (a.fault.matches(method, path)) {
        if (a.left > 0 && --a.left == 0) {
          it.remove();
        }
        return a.fault;
      }
    }
    return null;
  }
}
