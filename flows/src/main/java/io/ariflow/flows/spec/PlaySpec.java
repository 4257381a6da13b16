package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plays a media list ({@code type: play}). With {@code bargeIn} a DTMF digit stops the prompt, produces
 * {@code interrupted} (which follows {@code next} unless routed) and is kept for the next gather or menu.
 *
 * @param common id, next, on, timeout, location
 * @param media what to play, in order
 * @param lang language override (template), empty for the channel's
 * @param loops how many times to play the whole list (at least 1)
 * @param bargeIn whether DTMF stops the prompt
 * @param earlyMedia whether to play before answer
 */
public record PlaySpec(StepCommon common, List<MediaRef> media, Optional<Template> lang, int loops,
    boolean bargeIn, boolean earlyMedia) implements StepSpec {

  /** The outcome when a digit stopped the prompt. */
  public static final String INTERRUPTED = "interrupted";

  /** Copies the media list. */
  public PlaySpec {
    media = List.copyOf(media);
  }

  @Override
  public String typeName() {
    return "play";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(Outcomes.DONE, Outcomes.when(bargeIn, INTERRUPTED));
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(Outcomes.DONE);
  }

  @Override
  public Set<String> followsNext() {
    return bargeIn ? Set.of(INTERRUPTED) : Set.of();
  }

  @Override
  public Set<String> results() {
    return Set.of("digit");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
