package io.ariflow.sim.ws;

import io.ariflow.sim.core.EventSink;
import io.ariflow.sim.core.SimCore;
import io.ariflow.sim.http.HtmlPages;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /ari/events?app=a,b&subscribeAll=true}: upgrades to a WebSocket that owns the named apps.
 * Any app name is accepted (and created); a newer socket for an app sends ApplicationReplaced to the older
 * one, which then gets nothing for that app but stays open. A missing {@code app} is a 400 HTML page.
 */
public final class EventsEndpoint implements Handler<RoutingContext> {

  private static final Logger LOG = LoggerFactory.getLogger(EventsEndpoint.class);

  private final Supplier<SimCore> core;
  private final Set<EventSocket> open = new LinkedHashSet<>();

  public EventsEndpoint(Supplier<SimCore> core) {
    this.core = core;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String app = ctx.request().getParam("app");
    if (app == null || app.isEmpty()) {
      ctx.response().setStatusCode(400).putHeader("Content-Type", "text/html").end(HtmlPages.missingApp());
      return;
    }
    if (!"websocket".equalsIgnoreCase(ctx.request().getHeader("Upgrade"))) {
      ctx.response().setStatusCode(426).putHeader("Content-Type", "text/html").end(HtmlPages.upgradeRequired());
      return;
    }
    List<String> apps = Arrays.stream(app.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    boolean subscribeAll = "true".equalsIgnoreCase(ctx.request().getParam("subscribeAll"));
    HttpConnection connection = ctx.request().connection();
    ctx.request().toWebSocket()
        .onSuccess(ws -> attach(ws, connection, apps, subscribeAll))
        .onFailure(e -> LOG.warn("events WebSocket upgrade failed: {}", e.getMessage()));
  }

  /** Drops every open socket without a close frame. */
  public void dropAll() {
    for (EventSocket socket : List.copyOf(open)) {
      socket.drop();
      detach(socket);
    }
  }

  public int openSockets() {
    return open.size();
  }

  private void attach(ServerWebSocket ws, HttpConnection connection, List<String> apps, boolean subscribeAll) {
    EventSocket socket = new EventSocket(ws, connection, apps);
    SimCore current = core.get();
    open.add(socket);
    for (String app : apps) {
      EventSink previous = current.apps().attach(app, socket, subscribeAll);
      if (previous != null && previous != socket) {
        current.notifier().replaced(previous, app);
      }
    }
    ws.closeHandler(v -> detach(socket));
    ws.exceptionHandler(e -> LOG.debug("events WebSocket error: {}", e.getMessage()));
    ws.textMessageHandler(text -> { });
    LOG.debug("events WebSocket opened for {}", apps);
  }

  private void detach(EventSocket socket) {
    if (open.remove(socket)) {
      socket.markClosed();
      SimCore current = core.get();
      socket.apps().forEach(app -> current.apps().detach(app, socket));
    }
  }
}
