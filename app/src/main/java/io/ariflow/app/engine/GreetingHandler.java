package io.ariflow.app.engine;

import io.vertx.core.Future;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler used until flows are configured: answer, play a greeting, hang up. It is what a
 * newcomer sees on the embedded simulator, and what an Asterisk integrator hears on a first test call.
 */
public final class GreetingHandler implements CallHandler {
  private static final Logger LOG = LoggerFactory.getLogger(GreetingHandler.class);
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
        .compose(played -> {
          LOG.info("call={} greeting {} ({}); hanging up", call.callId(), media, played.state());
          return call.hangup("normal");
        });
  }
}
