package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.Durations;
import io.ariflow.flows.load.yaml.ScalarType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Kinds of single literal values: durations, numbers, booleans, fixed choices, names, DTMF keys. */
public final class ScalarKinds {

  /** How step ids, flow ids and variable names are written. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  /** How flow variables are written: no {@code -}, which expressions would read as a minus. */
  public static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern KEY = Pattern.compile("[0-9*#]");

  private ScalarKinds() {
  }

  /** A duration such as {@code 5s}. */
  public static Kind<Duration> duration() {
    String expected = "a duration: " + Durations.HOW;
    return new ScalarKind<>(expected, Schemas.pattern("^([0-9]+(ms|s|m|h))+$"), (s, field, context) -> {
      Optional<Duration> value = Durations.parse(s.text());
      if (value.isEmpty()) {
        String hint = s.type() == ScalarType.INTEGER ? "; add a unit, e.g. " + s.text() + "s" : "";
        context.error(s, Messages.wrong(field, expected, s) + hint);
      }
      return value;
    });
  }

  /** A whole number of at least {@code min}. */
  public static Kind<Integer> integer(int min) {
    String expected = "a whole number of at least " + min;
    return new ScalarKind<>(expected, Schemas.of("type", "integer", "minimum", min), (s, field, context) -> {
      Optional<Integer> value = s.type() == ScalarType.INTEGER ? parseInt(s.text()) : Optional.empty();
      if (value.isEmpty() || value.get() < min) {
        context.error(s, Messages.wrong(field, expected, s));
        return Optional.empty();
      }
      return value;
    });
  }

  /** {@code true} or {@code false}. */
  public static Kind<Boolean> bool() {
    return new ScalarKind<>("true or false", Schemas.type("boolean"), (s, field, context) -> {
      if (s.type() != ScalarType.BOOLEAN) {
        context.error(s, Messages.wrong(field, "true or false", s));
        return Optional.empty();
      }
      return Optional.of((Boolean) s.plain());
    });
  }

  /** One of fixed literal values, mapped to {@code T}; a near miss gets a suggestion. */
  public static <T> Kind<T> choice(Map<String, T> values) {
    List<String> names = new ArrayList<>(values.keySet());
    String expected = "one of " + String.join(", ", names);
    return new ScalarKind<>(expected, Schemas.of("enum", names), (s, field, context) -> {
      T value = values.get(s.text());
      if (value == null) {
        context.error(s, Messages.wrong(field, expected, s) + DidYouMean.hint(s.text(), names));
      }
      return Optional.ofNullable(value);
    });
  }

  /** A name: letters, digits, {@code _} and {@code -}, starting with a letter or {@code _}. */
  public static Kind<String> name(String what) {
    String expected = what + " (letters, digits, _ and -, starting with a letter)";
    return new ScalarKind<>(expected, Schemas.pattern("^" + NAME.pattern() + "$"), (s, field, context) -> {
      if (!NAME.matcher(s.text()).matches()) {
        context.error(s, Messages.wrong(field, expected, s));
        return Optional.empty();
      }
      return Optional.of(s.text());
    });
  }

  /** A flow variable name: letters, digits and {@code _}, starting with a letter or {@code _}. */
  public static Kind<String> variableName() {
    String expected = "a variable name (letters, digits and _, starting with a letter)";
    return new ScalarKind<>(expected, Schemas.pattern("^" + VARIABLE.pattern() + "$"), (s, field, context) -> {
      if (!VARIABLE.matcher(s.text()).matches()) {
        context.error(s, Messages.wrong(field, expected, s));
        return Optional.empty();
      }
      return Optional.of(s.text());
    });
  }

  /** One DTMF key: {@code 0}-{@code 9}, {@code *} or {@code #}. */
  public static Kind<String> key() {
    String expected = "one DTMF key (0-9, * or #)";
    return new ScalarKind<>(expected, Schemas.pattern("^[0-9*#]$"), (s, field, context) -> {
      if (!KEY.matcher(s.text()).matches()) {
        context.error(s, Messages.wrong(field, expected, s));
        return Optional.empty();
      }
      return Optional.of(s.text());
    });
  }

  /** The key that ends input: one DTMF key, or {@code none}. */
  public static Kind<String> terminator() {
    String expected = "one DTMF key (0-9, * or #) or none";
    return new ScalarKind<>(expected, Schemas.pattern("^([0-9*#]|none)$"), (s, field, context) -> {
      if (!KEY.matcher(s.text()).matches() && !s.text().equals("none")) {
        context.error(s, Messages.wrong(field, expected, s));
        return Optional.empty();
      }
      return Optional.of(s.text());
    });
  }

  /** Any literal text (no templates). */
  public static Kind<String> text(String expected) {
    return new ScalarKind<>(expected, Schemas.type("string"), (s, field, context) -> Optional.of(s.text()));
  }

  private static Optional<Integer> parseInt(String text) {
    try {
      return Optional.of(Integer.parseInt(text.replace("_", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
