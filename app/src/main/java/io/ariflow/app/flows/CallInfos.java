package io.ariflow.app.flows;

import io.ariflow.app.engine.CallSession;
import io.ariflow.flows.runtime.CallInfo;
import io.ariflow.model.resource.CallerID;
import io.ariflow.model.resource.Channel;
import io.ariflow.model.resource.DialplanCEP;

/** Builds the run's {@link CallInfo} (the {@code call.*} and {@code args.*} variables) from the engine's call. */
final class CallInfos {

  private CallInfos() {
  }

  static CallInfo of(CallSession call) {
    Channel channel = call.channel();
    CallerID caller = channel.caller();
    DialplanCEP dialplan = channel.dialplan();
    return new CallInfo(call.callId(), channel.id(), text(channel.name()),
        caller == null ? "" : text(caller.number()), caller == null ? "" : text(caller.name()),
        dialplan == null ? "" : text(dialplan.exten()), dialplan == null ? "" : text(dialplan.context()),
        text(channel.language()), "Up".equals(channel.state()), call.args().variables());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
