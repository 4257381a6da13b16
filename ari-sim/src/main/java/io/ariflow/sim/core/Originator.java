package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Originate ({@code POST /channels}) and create ({@code POST /channels/create}). For Local pairs ;1 is the
 * side ARI controls and ;2 runs the far end's extension; with {@code app}, ;1 enters Stasis when ;2 answers,
 * with a context ;1 runs that dialplan instead (the "inbound Local call" of the traces). Registered PJSIP
 * endpoints get one channel driven by a {@link PhoneRunner}; anything else cannot be allocated (500).
 */
public final class Originator {

  private final SimCore core;

  Originator(SimCore core) {
    this.core = core;
  }

  public JsonObject originate(OriginateRequest r) {
    Target validated = validate(r, true);
    if (validated instanceof PhoneTarget phone) {
      return originatePhone(r, phone);
    }
    LocalTarget target = (LocalTarget) validated;
    Channel one = createPair(r, target, "AppDial2", "(Outgoing Line)");
    Channel two = one.partner;
    Party party = Party.parse(r.callerId());
    one.caller = party;
    one.connected = party;
    two.caller = r.app() == null ? party : Party.EMPTY;
    two.connected = r.app() == null ? party : Party.EMPTY;
    two.state = ChannelState.RING;
    subscribe(r.app(), one, two);
    applyVariables(two, r.variables());
    if (r.app() != null && r.callerId() != null) {
      two.connected = party;
      core.notifier.channel(two, core.events.onChannel("ChannelConnectedLine", two));
    }
    whenAnswered(one, r);
    JsonObject response = core.channelRegistry.json(one);
    core.channelRegistry.dialStart(one);
    core.runner.start(two, target.context(), target.exten(), 1);
    return response;
  }

  /** Originate to a registered PJSIP endpoint: one channel, the phone's behaviour from context [phones]. */
  private JsonObject originatePhone(OriginateRequest r, PhoneTarget t) {
    Channel ch = createPhone(r, t, "AppDial2", "(Outgoing Line)");
    Party party = Party.parse(r.callerId());
    ch.caller = party;
    ch.connected = party;
    subscribe(r.app(), ch);
    applyVariables(ch, r.variables());
    whenAnswered(ch, r);
    JsonObject response = core.channelRegistry.json(ch);
    core.channelRegistry.dialStart(ch);
    core.phones.start(ch, t.resource());
    return response;
  }

  private void whenAnswered(Channel one, OriginateRequest r) {
    one.dialing = true;
    if (r.app() != null) {
      List<String> args = r.appArgs() == null ? List.of() : r.appArgs();
      one.onPartnerAnswer = () -> enterAfterDial(one, r.app(), args);
    } else {
      String ctx = r.context() == null ? "default" : r.context();
      int prio = r.priority() == null ? 1 : r.priority();
      one.onPartnerAnswer = () -> core.runner.start(one, ctx, r.extension(), prio);
    }
    int timeout = r.timeout() == null ? 30 : r.timeout();
    if (timeout > 0) {
      one.dialTimer = core.schedule(Duration.ofSeconds(timeout), () -> noAnswer(one));
    }
  }

  private Channel createPhone(OriginateRequest r, PhoneTarget t, String homeApp, String homeData) {
    core.channelRegistry.checkFreeId(r.channelId());
    String name = "PJSIP/" + t.resource() + "-" + core.ids.nextPjsipSuffix();
    Channel ch = core.channelRegistry.create(r.channelId(), name, ChannelKind.PJSIP, ChannelState.DOWN);
    ch.endpoint = "PJSIP/" + t.resource();
    String ctx = r.context() == null ? "default" : r.context();
    String ext = r.extension() == null ? "s" : r.extension();
    ch.location(ctx, ext, 1, homeApp, homeData);
    ch.homeAppName = homeApp;
    ch.homeAppData = homeData;
    ch.dialstring = t.resource();
    ch.protocolId = core.ids.sipCallId();
    core.endpoints.channelAdded(ch);
    core.channelRegistry.announceCreated(ch);
    return ch;
  }

  /** Creates the pair without dialling; ;1 enters Stasis at once, ;2 waits for /dial. */
  public JsonObject create(OriginateRequest r) {
    if (r.endpoint() == null || r.endpoint().isEmpty()) {
      throw AriError.badRequest("Endpoint must be specified");
    }
    if (r.app() == null || r.app().isEmpty()) {
      throw AriError.badRequest("Missing parameter app");
    }
    Target target = validate(r, false);
    Channel one = target instanceof LocalTarget local ? createPair(r, local, "", "")
        : createPhone(r, (PhoneTarget) target, "", "");
    subscribe(r.app(), one);
    Channel originator = r.originator() == null ? null : core.channelRegistry.find(r.originator());
    SimApp app = core.apps.find(r.app());
    if (originator != null && app != null) {
      app.refChannel(originator.id);
    }
    applyVariables(one, r.variables());
    JsonObject response = core.channelRegistry.json(one);
    List<String> args = r.appArgs() == null ? List.of() : r.appArgs();
    one.appName = "Stasis";
    one.appData = args.isEmpty() ? r.app() : r.app() + "," + String.join(",", args);
    core.notifier.channel(one, core.events.dialplan(one));
    core.stasis.enter(one, r.app(), args);
    return response;
  }

  private void enterAfterDial(Channel one, String app, List<String> args) {
    if (!core.stasis.enter(one, app, args)) {
      core.teardown.hangup(one, Teardown.Request.NONE, HangupCause.NORMAL);
    }
  }

  private void noAnswer(Channel one) {
    one.dialTimer = -1;
    if (one.alive() && one.state != ChannelState.UP) {
      core.teardown.hangup(one, Teardown.Request.NONE, HangupCause.NO_ANSWER);
    }
  }

  private Channel createPair(OriginateRequest r, LocalTarget t, String homeApp, String homeData) {
    core.channelRegistry.checkFreeId(r.channelId());
    core.channelRegistry.checkFreeId(r.otherChannelId());
    String base = "Local/" + t.exten() + "@" + t.context() + "-" + core.ids.nextUnrealSuffix();
    Channel one = core.channelRegistry.create(r.channelId(), base + ";1", ChannelKind.LOCAL_1, ChannelState.DOWN);
    Channel two = core.channelRegistry.create(r.otherChannelId(), base + ";2", ChannelKind.LOCAL_2,
        ChannelState.DOWN);
    one.partner = two;
    two.partner = one;
    one.location(t.context(), t.exten(), 1, homeApp, homeData);
    one.homeAppName = homeApp;
    one.homeAppData = homeData;
    two.location(t.context(), t.exten(), 1, "", "");
    one.dialstring = t.exten() + "@" + t.context();
    core.channelRegistry.announceCreated(one);
    core.channelRegistry.announceCreated(two);
    return one;
  }

  private void subscribe(String appName, Channel... chans) {
    SimApp app = appName == null ? null : core.apps.find(appName);
    if (app != null) {
      for (Channel ch : chans) {
        app.refChannel(ch.id);
      }
    }
  }

  private void applyVariables(Channel ch, JsonObject variables) {
    if (variables != null) {
      for (Map.Entry<String, Object> e : variables) {
        core.variables.set(ch, e.getKey(), String.valueOf(e.getValue()));
      }
    }
  }

  /** Validation in Asterisk's order, then the Local target; other technologies cannot be allocated. */
  private Target validate(OriginateRequest r, boolean originate) {
    if (r.endpoint() == null || r.endpoint().isEmpty()) {
      throw AriError.badRequest("Endpoint must be specified");
    }
    if (originate && r.app() == null && (r.extension() == null || r.extension().isEmpty())) {
      throw AriError.badRequest("Application or extension must be specified");
    }
    int slash = r.endpoint().indexOf('/');
    if (slash <= 0) {
      throw AriError.badRequest("Invalid endpoint specified");
    }
    String tech = r.endpoint().substring(0, slash);
    String resource = r.endpoint().substring(slash + 1);
    if (tech.equalsIgnoreCase("Local")) {
      return LocalTarget.parse(resource);
    }
    if (tech.equalsIgnoreCase("PJSIP") && core.endpoints.online(resource)) {
      return new PhoneTarget(resource);
    }
    throw new AriError(500, new JsonObject().put("error", "Allocation failed"));
  }

  /** Where an originate goes. */
  sealed interface Target permits LocalTarget, PhoneTarget {}

  /** A registered PJSIP endpoint. */
  record PhoneTarget(String resource) implements Target {}

  /** {@code exten@context} of a Local endpoint (options after '/' ignored). */
  record LocalTarget(String exten, String context) implements Target {
    static LocalTarget parse(String resource) {
      String r = resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : resource;
      int at = r.indexOf('@');
      return at < 0 ? new LocalTarget(r, "default") : new LocalTarget(r.substring(0, at), r.substring(at + 1));
    }
  }
}
