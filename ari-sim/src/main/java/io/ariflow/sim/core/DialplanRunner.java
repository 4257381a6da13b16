package io.ariflow.sim.core;

import io.ariflow.sim.dialplan.Step;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Executes dialplan steps on a channel, one priority at a time, with ChannelDialplan events and delays on
 * the sim clock. Falling off the end hangs the channel up (cause 16); an unknown context hangs it up with
 * cause 0, as {@code continue} into a nonexistent context does.
 */
final class DialplanRunner {

  private static final Duration ANSWER_DELAY = Duration.ofMillis(500);

  private final SimCore core;

  DialplanRunner(SimCore core) {
    this.core = core;
  }

  void start(Channel ch, String context, String exten, int priority) {
    Optional<List<Step>> steps = core.options.dialplan().lookup(context, exten);
    ch.context = context;
    ch.exten = exten;
    ch.priority = priority;
    if (steps.isEmpty() || priority > steps.get().size()) {
      if (ch.kind == ChannelKind.LOCAL_1) {
        ch.location(context, exten, priority, ch.homeAppName, ch.homeAppData);
        ch.dialplanAfterDestroy = true;
      }
      core.teardown.hangup(ch, Teardown.Request.NONE, HangupCause.UNKNOWN);
      return;
    }
    execute(ch, steps.get(), priority);
  }

  private void execute(Channel ch, List<Step> steps, int priority) {
    int p = priority;
    while (ch.alive()) {
      if (p > steps.size()) {
        core.teardown.hangup(ch, Teardown.Request.of(HangupCause.NORMAL, true), HangupCause.NORMAL);
        return;
      }
      Step step = steps.get(p - 1);
      String data = expand(step.data(), ch);
      ch.location(ch.context, ch.exten, p, step.app(), data);
      core.notifier.channel(ch, () -> core.events.dialplan(ch));
      applyPendingCaller(ch);
      Duration next = perform(ch, step, data);
      if (next == null) {
        return;
      }
      if (!next.isZero()) {
        int resume = p + 1;
        ch.dialplanTimer = core.schedule(next, () -> {
          ch.dialplanTimer = -1;
          execute(ch, steps, resume);
        });
        return;
      }
      p++;
    }
  }

  /** A caller-id change queued by the Local partner shows once this channel's dialplan runs again. */
  private void applyPendingCaller(Channel ch) {
    if (ch.pendingCaller != null) {
      ch.caller = ch.pendingCaller;
      ch.pendingCaller = null;
      core.notifier.channel(ch, () -> core.events.callerId(ch));
    }
  }

  /** Performs a step; returns the time until the next priority, or null when the channel stops here. */
  private Duration perform(Channel ch, Step step, String data) {
    if (step instanceof Step.Answer) {
      core.channelRegistry.answer(ch);
      return ANSWER_DELAY;
    } else if (step instanceof Step.Wait w) {
      return w.duration();
    } else if (step instanceof Step.Ringing) {
      core.channelRegistry.ringing(ch);
      return Duration.ZERO;
    } else if (step instanceof Step.Busy b) {
      core.channelRegistry.busy(ch, "BUSY", HangupCause.BUSY);
      return Duration.ofSeconds(b.seconds());
    } else if (step instanceof Step.Congestion c) {
      core.channelRegistry.busy(ch, "CONGESTION", HangupCause.CONGESTION);
      return Duration.ofSeconds(c.seconds());
    } else if (step instanceof Step.Hangup h) {
      core.teardown.hangup(ch, Teardown.Request.of(h.cause(), true), h.cause());
      return null;
    } else if (step instanceof Step.SendDtmf d) {
      return sendDtmf(ch, d);
    } else if (step instanceof Step.Stasis s) {
      List<String> args = s.args().stream().map(a -> expand(a, ch)).toList();
      return core.stasis.enter(ch, expand(s.application(), ch), args) ? null : Duration.ZERO;
    } else if (step instanceof Step.Playback pb) {
      return Duration.ofMillis(core.options.sounds().durationMs(data, ch.language).orElse(0));
    } else if (step instanceof Step.Echo) {
      return null;
    }
    return Duration.ZERO;
  }

  /** SendDTMF towards the other side of a Local pair: each digit arrives there as ChannelDtmfReceived. */
  private Duration sendDtmf(Channel ch, Step.SendDtmf d) {
    long gap = 100;
    long at = 0;
    for (char digit : d.digits().toCharArray()) {
      at += d.durationMs();
      String dig = String.valueOf(digit);
      core.schedule(Duration.ofMillis(at), () -> {
        Channel target = ch.partner;
        if (target != null && target.alive() && ch.alive()) {
          core.callers().dtmfReceived(target, dig, d.durationMs());
        }
      });
      at += gap;
    }
    return Duration.ofMillis(at);
  }

  private String expand(String text, Channel ch) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    return text.replace("${EXTEN}", ch.exten)
        .replace("${APP}", core.options.stasisApp())
        .replace("${CONTEXT}", ch.context)
        .replace("${CALLERID(num)}", ch.caller.number())
        .replace("${CALLERID(name)}", ch.caller.name());
  }
}
