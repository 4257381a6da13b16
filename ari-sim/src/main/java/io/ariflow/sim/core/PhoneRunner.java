package io.ariflow.sim.core;

import io.ariflow.sim.dialplan.Dialplan;
import io.ariflow.sim.dialplan.Step;
import java.time.Duration;
import java.util.List;

/**
 * The SIP phone behind a PJSIP channel that ARI dialled. Its behaviour comes from the dialplan context
 * {@code phones} (extension = endpoint resource, or {@code *}); without one it rings for a second and
 * answers. Steps act on the phone's side: Answer answers the call, Busy rejects it, Hangup sends BYE.
 */
final class PhoneRunner {

  static final String CONTEXT = "phones";
  private static final List<Step> DEFAULT = List.of(new Step.Ringing(), new Step.Wait(Duration.ofSeconds(1)),
      new Step.Answer());

  private final SimCore core;

  PhoneRunner(SimCore core) {
    this.core = core;
  }

  void start(Channel ch, String resource) {
    Dialplan plan = core.options.dialplan();
    run(ch, plan.lookup(CONTEXT, resource).orElse(DEFAULT), 0);
  }

  private void run(Channel ch, List<Step> steps, int index) {
    int i = index;
    while (ch.alive() && i < steps.size()) {
      Duration next = perform(ch, steps.get(i));
      if (next == null) {
        return;
      }
      if (!next.isZero()) {
        int resume = i + 1;
        ch.dialplanTimer = core.schedule(next, () -> {
          ch.dialplanTimer = -1;
          run(ch, steps, resume);
        });
        return;
      }
      i++;
    }
  }

  private Duration perform(Channel ch, Step step) {
    if (step instanceof Step.Answer) {
      core.channelRegistry.phoneAnswered(ch);
    } else if (step instanceof Step.Ringing) {
      core.channelRegistry.phoneRinging(ch);
    } else if (step instanceof Step.Wait w) {
      return w.duration();
    } else if (step instanceof Step.Busy) {
      core.channelRegistry.phoneBusy(ch, "BUSY", HangupCause.BUSY);
      return null;
    } else if (step instanceof Step.Congestion) {
      core.channelRegistry.phoneBusy(ch, "CONGESTION", HangupCause.CONGESTION);
      return null;
    } else if (step instanceof Step.Hangup h) {
      core.teardown.hangup(ch, Teardown.Request.BYE, h.cause());
      return null;
    } else if (step instanceof Step.SendDtmf d) {
      return sendDtmf(ch, d);
    }
    return Duration.ZERO;
  }

  private Duration sendDtmf(Channel ch, Step.SendDtmf d) {
    long at = 0;
    for (char digit : d.digits().toCharArray()) {
      at += d.durationMs();
      String dig = String.valueOf(digit);
      core.schedule(Duration.ofMillis(at), () -> {
        if (ch.alive()) {
          core.callers().dtmfReceived(ch, dig, d.durationMs());
        }
      });
      at += 100;
    }
    return Duration.ofMillis(at);
  }
}
