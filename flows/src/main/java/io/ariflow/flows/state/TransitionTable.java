package io.ariflow.flows.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The legal transitions of one kind of object, declared as rows {@code (from, input) -> to}. Anything not in
 * the table is illegal; the table is immutable, so machines share one instance and tests can check that
 * every row was exercised.
 *
 * @param <S> the state enum
 * @param <I> the input enum
 */
public final class TransitionTable<S extends Enum<S>, I extends Enum<I>> {

  private final String name;
  private final Class<S> stateType;
  private final Class<I> inputType;
  private final Set<S> initialStates;
  private final List<Transition<S, I>> rows;
  private final Set<Transition<S, I>> rowSet;
  private final Map<S, Map<I, Transition<S, I>>> index;

  private TransitionTable(Builder<S, I> builder) {
    this.name = builder.name;
    this.stateType = builder.stateType;
    this.inputType = builder.inputType;
    this.initialStates = Collections.unmodifiableSet(EnumSet.copyOf(builder.initialStates));
    this.rows = List.copyOf(builder.rows);
    this.rowSet = new HashSet<>(rows);
    this.index = new EnumMap<>(stateType);
    for (Transition<S, I> row : rows) {
      index.computeIfAbsent(row.from(), s -> new EnumMap<>(inputType)).put(row.input(), row);
    }
  }

  /** Starts a table; {@code name} appears in diagrams, histories and illegal-transition reports. */
  public static <S extends Enum<S>, I extends Enum<I>> Builder<S, I> builder(
      String name, Class<S> stateType, Class<I> inputType) {
    return new Builder<>(name, stateType, inputType);
  }

  /** The table's name, e.g. {@code channel-life}. */
  public String name() {
    return name;
  }

  /** The state enum. */
  public Class<S> stateType() {
    return stateType;
  }

  /** The input enum. */
  public Class<I> inputType() {
    return inputType;
  }

  /** The states an object may start in (drawn as entry points in diagrams). */
  public Set<S> initialStates() {
    return initialStates;
  }

  /** The row for {@code (from, input)}, or empty when that input is illegal in that state. */
  public Optional<Transition<S, I>> find(S from, I input) {
    Map<I, Transition<S, I>> byInput = index.get(from);
    return byInput == null ? Optional.empty() : Optional.ofNullable(byInput.get(input));
  }

  /** The inputs accepted in {@code state}, for error messages. */
  public Set<I> inputsAccepted(S state) {
    Map<I, Transition<S, I>> byInput = index.get(state);
    return byInput == null ? EnumSet.noneOf(inputType) : EnumSet.copyOf(byInput.keySet());
  }

  /** All rows in declaration order. */
  public List<Transition<S, I>> rows() {
    return rows;
  }

  /** Whether {@code row} is one of this table's rows. */
  public boolean contains(Transition<?, ?> row) {
    return rowSet.contains(row);
  }

  /** The table as a Mermaid {@code stateDiagram-v2}. */
  public String toMermaid() {
    return TableRendering.mermaid(this);
  }

  /** The table as a Markdown table with one line per row. */
  public String toMarkdown() {
    return TableRendering.markdown(this);
  }

  @Override
  public String toString() {
    return "TransitionTable[" + name + ", " + rows.size() + " rows]";
  }

  /**
   * Collects rows; a second row for the same {@code (from, input)} is rejected, so the table stays a
   * function and a copy-paste slip fails at class initialisation instead of at call time.
   *
   * @param <S> the state enum
   * @param <I> the input enum
   */
  public static final class Builder<S extends Enum<S>, I extends Enum<I>> {
    private final String name;
    private final Class<S> stateType;
    private final Class<I> inputType;
    private final Set<S> initialStates;
    private final List<Transition<S, I>> rows = new ArrayList<>();

    private Builder(String name, Class<S> stateType, Class<I> inputType) {
      this.name = name;
      this.stateType = stateType;
      this.inputType = inputType;
      this.initialStates = EnumSet.noneOf(stateType);
    }

    /** Declares the states an object may start in. */
    @SafeVarargs
    public final Builder<S, I> initial(S... states) {
      for (S state : states) {
        initialStates.add(state);
      }
      return this;
    }

    /** Declares {@code (from, input) -> to}; throws if {@code (from, input)} was already declared. */
    public Builder<S, I> row(S from, I input, S to) {
      Transition<S, I> row = new Transition<>(from, input, to);
      for (Transition<S, I> existing : rows) {
        if (existing.from() == from && existing.input() == input) {
          throw new IllegalArgumentException(
              name + ": duplicate row for (" + from + ", " + input + "): " + existing + " and " + row);
        }
      }
      rows.add(row);
      return this;
    }

    /** Declares {@code (state, input) -> state} for each state: the input is tolerated and changes nothing. */
    @SafeVarargs
    public final Builder<S, I> tolerate(I input, S... states) {
      for (S state : states) {
        row(state, input, state);
      }
      return this;
    }

    /** Builds the immutable table; at least one row and one initial state are required. */
    public TransitionTable<S, I> build() {
      if (rows.isEmpty() || initialStates.isEmpty()) {
        throw new IllegalStateException(name + ": a table needs rows and at least one initial state");
      }
      return new TransitionTable<>(this);
    }
  }
}
