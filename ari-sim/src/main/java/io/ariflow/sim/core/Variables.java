package io.ariflow.sim.core;

/**
 * Channel variables and the dialplan functions clients use through the variable API: CALLERID(...),
 * CONNECTEDLINE(...), CHANNEL(...), TALK_DETECT(...). Setting a plain variable emits ChannelVarset,
 * setting the caller id emits ChannelCallerId; TALK_DETECT emits nothing.
 */
public final class Variables {

  private final SimCore core;

  Variables(SimCore core) {
    this.core = core;
  }

  public String get(Channel ch, String name) {
    if (name == null || name.isEmpty()) {
      throw AriError.badRequest("Variable name is required");
    }
    String value = function(ch, name);
    if (value == null) {
      value = ch.var(name);
    }
    if (value == null) {
      throw AriError.notFound("Provided variable was not found");
    }
    return value;
  }

  public void set(Channel ch, String name, String value) {
    if (name == null || name.isEmpty()) {
      throw AriError.badRequest("Variable name is required");
    }
    String v = value == null ? "" : value;
    switch (name) {
      case "CALLERID(num)", "CALLERID(number)" -> callerId(ch, ch.caller.withNumber(v));
      case "CALLERID(name)" -> callerId(ch, ch.caller.withName(v));
      case "CALLERID(all)" -> callerId(ch, Party.parse(v));
      case "CONNECTEDLINE(num)", "CONNECTEDLINE(number)" -> connected(ch, ch.connected.withNumber(v));
      case "CONNECTEDLINE(name)" -> connected(ch, ch.connected.withName(v));
      case "CHANNEL(language)" -> ch.language = v;
      case "TALK_DETECT(set)" -> ch.talkThresholdMs = v.isEmpty() ? 2500 : Integer.parseInt(v.split(",")[0]);
      case "TALK_DETECT(remove)" -> ch.talkThresholdMs = -1;
      default -> plain(ch, name, v);
    }
  }

  private void plain(Channel ch, String name, String value) {
    ch.setVar(name, value);
    if (!name.contains("(")) {
      core.notifier.channel(ch, core.events.varset(ch, name, value));
    }
  }

  private void callerId(Channel ch, Party party) {
    ch.caller = party;
    core.notifier.channel(ch, core.events.callerId(ch));
  }

  private void connected(Channel ch, Party party) {
    ch.connected = party;
    core.notifier.channel(ch, core.events.onChannel("ChannelConnectedLine", ch));
  }

  private static String function(Channel ch, String name) {
    return switch (name) {
      case "CALLERID(num)", "CALLERID(number)" -> ch.caller.number();
      case "CALLERID(name)" -> ch.caller.name();
      case "CALLERID(all)" -> "\"" + ch.caller.name() + "\" <" + ch.caller.number() + ">";
      case "CONNECTEDLINE(num)", "CONNECTEDLINE(number)" -> ch.connected.number();
      case "CONNECTEDLINE(name)" -> ch.connected.name();
      case "CHANNEL(state)" -> ch.state.label();
      case "CHANNEL(name)" -> ch.name;
      case "CHANNEL(uniqueid)", "UNIQUEID" -> ch.id;
      case "CHANNEL(language)" -> ch.language;
      case "CHANNEL(accountcode)" -> ch.accountcode;
      case "CHANNEL(channeltype)" -> ch.name.substring(0, ch.name.indexOf('/'));
      case "BRIDGEPEER" -> ch.bridgePeer.isEmpty() ? null : ch.bridgePeer;
      case "BRIDGEPVTCALLID" -> ch.bridgePvtCallId.isEmpty() ? null : ch.bridgePvtCallId;
      case "EXTEN" -> ch.exten;
      case "CONTEXT" -> ch.context;
      case "PRIORITY" -> Integer.toString(ch.priority);
      default -> null;
    };
  }
}
