package io.ariflow.sim.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of ARI applications. Like Asterisk, any app name exists as soon as a socket asks for it,
 * and stays listed while a socket is attached or it still holds subscriptions (a channel in Stasis).
 */
public final class Apps {

  private final Map<String, SimApp> apps = new LinkedHashMap<>();

  /** Attaches a socket; returns the sink it replaced (which must get ApplicationReplaced), or null. */
  public EventSink attach(String name, EventSink sink, boolean subscribeAll) {
    SimApp app = apps.computeIfAbsent(name, SimApp::new);
    EventSink previous = app.sink;
    app.sink = sink;
    app.subscribeAll = subscribeAll;
    return previous;
  }

  /** Detaches a closed socket if it still owns the app. */
  public void detach(String name, EventSink sink) {
    SimApp app = apps.get(name);
    if (app != null && app.sink == sink) {
      app.sink = null;
      app.subscribeAll = false;
      prune(app);
    }
  }

  public SimApp find(String name) {
    return apps.get(name);
  }

  public SimApp require(String name) {
    SimApp app = apps.get(name);
    if (app == null) {
      throw AriError.notFound("Application not found");
    }
    return app;
  }

  /** The app a channel can enter Stasis in: it must have a socket, as Asterisk requires. */
  public SimApp active(String name) {
    SimApp app = apps.get(name);
    return app != null && app.active() ? app : null;
  }

  public Collection<SimApp> all() {
    return apps.values();
  }

  public List<String> names() {
    return new ArrayList<>(apps.keySet());
  }

  /** Forgets a destroyed channel in every app. */
  public void forgetChannel(String id) {
    for (SimApp app : new ArrayList<>(apps.values())) {
      if (app.channelRefs.remove(id) != null) {
        prune(app);
      }
    }
  }

  /** Forgets a destroyed bridge in every app. */
  public void forgetBridge(String id) {
    for (SimApp app : new ArrayList<>(apps.values())) {
      if (app.bridgeRefs.remove(id) != null) {
        prune(app);
      }
    }
  }

  void prune(SimApp app) {
    if (app.idle()) {
      apps.remove(app.name);
    }
  }
}
