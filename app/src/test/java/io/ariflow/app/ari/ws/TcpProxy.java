package io.ariflow.app.ari.ws;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A TCP relay between the connection and {@link FakeAriServer} that can fail like a network: {@link #cutAll}
 * closes the TCP connections without any WebSocket close frame (as an Asterisk restart does) and
 * {@link #freezeAll} stops relaying bytes while keeping the connections open (a silent dead peer).
 */
final class TcpProxy {
  private record Link(NetSocket front, NetSocket back) {}

  private final NetServer server;
  private final NetClient client;
  private final int targetPort;
  private final List<Link> links = new CopyOnWriteArrayList<>();

  private TcpProxy(NetServer server, NetClient client, int targetPort) {
    this.server = server;
    this.client = client;
    this.targetPort = targetPort;
  }

  static TcpProxy start(Vertx vertx, int targetPort) throws Exception {
    TcpProxy proxy = new TcpProxy(vertx.createNetServer(), vertx.createNetClient(), targetPort);
    proxy.server.connectHandler(proxy::relay);
    proxy.server.listen(0, "127.0.0.1").await(FakeScheduler.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    return proxy;
  }

  int port() {
    return server.actualPort();
  }

  void cutAll() throws Exception {
    for (Link link : links) {
      links.remove(link);
      link.front().close().await(FakeScheduler.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  void freezeAll() {
    for (Link link : links) {
      links.remove(link);
      link.front().handler(ignored -> { });
      link.back().handler(ignored -> { });
    }
  }

  private void relay(NetSocket front) {
    front.pause();
    client.connect(targetPort, "127.0.0.1").onSuccess(back -> {
      front.handler(back::write);
      back.handler(front::write);
      front.closeHandler(ignored -> back.close());
      back.closeHandler(ignored -> front.close());
      links.add(new Link(front, back));
      front.resume();
    }).onFailure(error -> front.close());
  }
}
