package io.ariflow.flows.steps.queue;

import io.ariflow.flows.steps.Collected;
import io.ariflow.flows.steps.DigitCollector;
import io.ariflow.flows.steps.DigitRules;
import io.ariflow.flows.steps.StepContext;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Asks a waiting caller for the number to call back, with Asterisk's stock prompts: "enter the number, followed
 * by the pound key" ({@code vm-enter-num-to-call}), then "you entered N, if this is correct press 1"
 * ({@code you-entered}, {@code if-correct-press}). Empty when nothing was entered or it was not confirmed; the
 * caller keeps their place all along.
 */
final class CallbackCapture {

  static final List<String> ASK = List.of("sound:vm-enter-num-to-call");
  static final String CONFIRM_KEY = "1";
  private static final int MAX_DIGITS = 20;
  private static final DigitRules NUMBER = new DigitRules(Optional.of("#"), Duration.ofSeconds(10),
      Duration.ofSeconds(5), digits -> digits.length() >= MAX_DIGITS);
  private static final DigitRules CONFIRM = new DigitRules(Optional.empty(), Duration.ofSeconds(5),
      Duration.ofSeconds(1), digits -> !digits.isEmpty());

  private CallbackCapture() {
  }

  /** The confirmed number, or empty. */
  static Future<Optional<String>> capture(StepContext ctx) {
    return DigitCollector.collect(ctx, ASK, null, NUMBER).compose(entered -> entered.isEmpty()
        ? Future.succeededFuture(Optional.empty())
        : confirm(ctx, entered.digits()));
  }

  private static Future<Optional<String>> confirm(StepContext ctx, String number) {
    List<String> readBack = List.of("sound:you-entered", "digits:" + number, "sound:if-correct-press",
        "digits:" + CONFIRM_KEY);
    return DigitCollector.collect(ctx, readBack, null, CONFIRM)
        .map(Collected::digits)
        .map(key -> key.equals(CONFIRM_KEY) ? Optional.of(number) : Optional.empty());
  }
}
