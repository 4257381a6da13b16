package io.ariflow.flows.state;

import java.util.Objects;

/**
 * One declared row of a {@link TransitionTable}: in state {@code from}, input {@code input} leads to {@code to}.
 * A row whose target equals its source is a deliberate self-transition (a tolerated repeat), never a default.
 *
 * @param from the state the row applies in
 * @param input the input that fires the row
 * @param to the state after the row
 * @param <S> the state enum
 * @param <I> the input enum
 */
public record Transition<S extends Enum<S>, I extends Enum<I>>(S from, I input, S to) {

  /** Rejects incomplete rows, so a table can never hold a half-declared transition. */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(to, "to");
  }

  /** Whether the row keeps the state (a tolerated duplicate or an observation). */
  public boolean isSelf() {
    return from == to;
  }

  @Override
  public String toString() {
    return from.name() + " --" + input.name() + "--> " + to.name();
  }
}
