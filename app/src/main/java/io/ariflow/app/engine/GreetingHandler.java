package io.ariflow.app.engine;

import io.vertx.core.Future;
import java.util.List;

/**
 * The handler used until flows are configured: answer, play a greeting, hang up. It is what a
 * newcomer sees on the embedded simulator, and what an Asterisk integrator hears on a first test call.
 */
public final class GreetingHandler implements CallHandler {
  private final List<String> media;

  public GreetingHandler(List<String> media) {
    this.media = List.copyOf(media);
  }

  /** Plays {@code sound:hello-world}. */
  public static GreetingHandler helloWorld() {
    return new GreetingHandler(List.of("sound:hello-world"));
  }

  @Override
  public Future<Void> handle(CallSession call) {
    return call.answer()
        .compose(answered -> call.play(media))
        .compose(played -> call.hangup("normal"));
  }
}
