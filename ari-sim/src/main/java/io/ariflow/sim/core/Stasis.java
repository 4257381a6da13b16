package io.ariflow.sim.core;

import java.util.List;

/**
 * Entering and leaving an ARI application. Entering needs an app with a connected socket (otherwise
 * STASISSTATUS=FAILED and the dialplan goes on); the app holds a channel subscription while the channel
 * is in Stasis, and StasisStart/StasisEnd go to that app directly.
 */
final class Stasis {

  private final SimCore core;

  Stasis(SimCore core) {
    this.core = core;
  }

  /** Puts the channel in Stasis; returns false when the application is not connected. */
  boolean enter(Channel ch, String appName, List<String> args) {
    SimApp app = core.apps.active(appName);
    ch.appName = "Stasis";
    ch.appData = args.isEmpty() ? appName : appName + "," + String.join(",", args);
    if (app == null) {
      ch.setVar("STASISSTATUS", "FAILED");
      core.notifier.channel(ch, core.events.varset(ch, "STASISSTATUS", "FAILED"));
      return false;
    }
    ch.setVar("STASISSTATUS", "");
    core.notifier.channel(ch, () -> core.events.varset(ch, "STASISSTATUS", ""));
    app.refChannel(ch.id);
    ch.stasisApp = appName;
    ch.stasisArgs = List.copyOf(args);
    core.notifier.stasis(ch, appName, core.events.stasisStart(ch, ch.stasisArgs));
    return true;
  }

  /** StasisEnd, the app's subscription released, then STASISSTATUS=SUCCESS (seen only if still subscribed). */
  void end(Channel ch) {
    String appName = ch.stasisApp;
    core.notifier.stasis(ch, appName, core.events.onChannel("StasisEnd", ch));
    ch.stasisApp = null;
    SimApp app = core.apps.find(appName);
    if (app != null) {
      app.unrefChannel(ch.id);
      core.apps.prune(app);
    }
    ch.setVar("STASISSTATUS", "SUCCESS");
    core.notifier.channel(ch, () -> core.events.varset(ch, "STASISSTATUS", "SUCCESS"));
  }
}
