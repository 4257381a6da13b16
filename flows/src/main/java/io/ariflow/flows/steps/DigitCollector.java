package io.ariflow.flows.steps;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDtmfReceived;
import io.ariflow.flows.port.TimerHandle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;

/**
 * Collects one DTMF entry ("awaitDigits"): digits kept from an earlier barge-in come first; otherwise the
 * prompt plays and the first digit stops it. The first-digit timer starts when the prompt has finished, the
 * inter-digit timer restarts after every digit; a timer firing is just another input. Everything it started
 * (prompt, listener, timer) ends with the entry.
 */
public final class DigitCollector {

  private final StepContext ctx;
  private final DigitRules rules;
  private final Promise<Collected> result = Promise.promise();
  private final StringBuilder digits = new StringBuilder();
  private Subscription listener = () -> { };
  private TimerHandle timer = () -> false;
  private PromptPlayer prompt;

  private DigitCollector(StepContext ctx, DigitRules rules) {
    this.ctx = ctx;
    this.rules = rules;
  }

  /** Collects one entry, playing {@code prompt} (rendered URIs, may be empty) while waiting for the first digit. */
  public static Future<Collected> collect(StepContext ctx, List<String> prompt, String lang, DigitRules rules) {
    return new DigitCollector(ctx, rules).run(prompt, lang);
  }

  private Future<Collected> run(List<String> media, String lang) {
    String typedAhead = ctx.digits().drain();
    listener = ctx.subscribe(this::onEvent);
    for (int i = 0; i < typedAhead.length() && !result.future().isComplete(); i++) {
      onDigit(String.valueOf(typedAhead.charAt(i)));
    }
    if (!result.future().isComplete()) {
      if (typedAhead.isEmpty() && !media.isEmpty()) {
        playPrompt(media, lang);
      } else {
        arm(typedAhead.isEmpty() ? rules.firstDigitTimeout() : rules.interDigitTimeout());
      }
    }
    ctx.cancelled().onSuccess(reason -> result.tryFail(new StepCancelledException(reason)));
    return result.future().eventually(this::release);
  }

  private void playPrompt(List<String> media, String lang) {
    prompt = PromptPlayer.start(ctx, media, lang);
    prompt.finished().onComplete(done -> {
      if (done.failed() && !(done.cause() instanceof StepCancelledException)) {
        result.tryFail(done.cause());
      } else if (digits.length() == 0 && !result.future().isComplete()) {
        arm(rules.firstDigitTimeout());
      }
    });
  }

  private void onEvent(AriEvent event) {
    if (event instanceof ChannelDtmfReceived dtmf && dtmf.channel() != null
        && ctx.channelId().equals(dtmf.channel().id())) {
      onDigit(dtmf.digit());
    }
  }

  private void onDigit(String digit) {
    if (result.future().isComplete()) {
      return;
    }
    boolean terminator = rules.terminator().filter(digit::equals).isPresent();
    if (!terminator) {
      digits.append(digit);
    }
    if (prompt != null) {
      prompt.stop();
    }
    if (terminator) {
      finish(Collected.End.TERMINATOR);
    } else if (rules.enough().test(digits.toString())) {
      finish(Collected.End.COMPLETE);
    } else {
      arm(rules.interDigitTimeout());
    }
  }

  private void arm(Duration delay) {
    timer.cancel();
    timer = ctx.schedule(delay, () -> finish(digits.length() == 0 ? Collected.End.NO_INPUT : Collected.End.TIMEOUT));
  }

  private void finish(Collected.End end) {
    timer.cancel();
    listener.close();
    result.tryComplete(new Collected(digits.toString(), end));
  }

  private Future<Void> release() {
    timer.cancel();
    listener.close();
    return prompt == null ? Future.succeededFuture() : prompt.release();
  }
}
