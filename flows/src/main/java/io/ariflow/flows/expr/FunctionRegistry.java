package io.ariflow.flows.expr;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The functions an expression may call, keyed by name; immutable, so one registry serves every flow and
 * {@link #with} builds an extended copy for custom functions.
 */
public final class FunctionRegistry {

  private static final FunctionRegistry STANDARD = new FunctionRegistry(Stream.of(
          TextFunctions.all(), PatternFunctions.all(), NumberFunctions.all(), ValueFunctions.all(),
          TimeFunctions.all())
      .flatMap(List::stream).toList());

  private final Map<String, FunctionDef> byName;

  private FunctionRegistry(Collection<FunctionDef> functions) {
    Map<String, FunctionDef> map = new TreeMap<>();
    for (FunctionDef function : functions) {
      if (map.put(function.name(), function) != null) {
        throw new IllegalArgumentException("function '" + function.name() + "' is declared twice");
      }
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  /** The language's built-in functions. */
  public static FunctionRegistry standard() {
    return STANDARD;
  }

  /** A copy with {@code functions} added; a name already present is rejected. */
  public FunctionRegistry with(FunctionDef... functions) {
    return new FunctionRegistry(Stream.concat(byName.values().stream(), Stream.of(functions)).toList());
  }

  /** The function called {@code name}, exactly as spelt. */
  public Optional<FunctionDef> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every function name, sorted. */
  public Collection<String> names() {
    return byName.keySet();
  }

  /** The known name closest to a misspelt one. */
  public Optional<String> suggest(String name) {
    return Suggestions.closest(name, byName.keySet());
  }
}
