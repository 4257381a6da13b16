package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.yaml.ScalarType;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.spec.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Digit matchers: an exact value ({@code "1"}, {@code "42#"}), a list of them, or a {@code /regex/}
 * compiled now, so a bad pattern or a key no phone can dial is a load error.
 */
public final class MatchKinds {

  private static final Pattern DIALLABLE = Pattern.compile("[0-9*#]+");
  private static final String EXPECTED = "digits (0-9 * #), a list of them, or a /regex/";

  private MatchKinds() {
  }

  /** {@code match} of gather: one key, a list of exact keys, or a pattern. */
  public static Kind<Matcher> matcher() {
    return new Kind<>() {
      @Override
      public Optional<Matcher> read(YamlNode node, String field, ReadContext context) {
        if (node instanceof YamlList list) {
          return anyOf(list, field, context);
        }
        if (node instanceof YamlScalar s && s.type() != ScalarType.NULL) {
          return key(s, field, context);
        }
        context.error(node, Messages.wrong(field, EXPECTED, node));
        return Optional.empty();
      }

      @Override
      public Map<String, Object> schema() {
        Map<String, Object> one = Schemas.scalarText();
        return Schemas.anyOf(one, Schemas.arrayOf(one));
      }
    };
  }

  /** A regular expression, with or without surrounding slashes ({@code directDial: 1\d{3}}). */
  public static Kind<Matcher> regex() {
    return new ScalarKind<>("a regular expression such as /1\\d{3}/", Schemas.scalarText(),
        (s, field, context) -> {
          boolean slashed = isSlashed(s.text());
          String source = slashed ? s.text().substring(1, s.text().length() - 1) : s.text();
          return compile(s, slashed ? 1 : 0, source, field, context);
        });
  }

  /** One choice key or match value: {@code /regex/} or exact diallable digits. */
  public static Optional<Matcher> key(YamlScalar s, String field, ReadContext context) {
    String text = s.text();
    if (isSlashed(text)) {
      return compile(s, 1, text.substring(1, text.length() - 1), field, context);
    }
    if (!DIALLABLE.matcher(text).matches()) {
      String hint = text.matches(".*[\\[\\]\\\\.+?{}|()].*") ? "; write a pattern as /" + text + "/" : "";
      context.error(s, "'" + field + "': \"" + text + "\" can never be dialled: exact values use 0-9 * #"
          + hint);
      return Optional.empty();
    }
    return Optional.of(new Matcher.Exact(text));
  }

  private static Optional<Matcher> anyOf(YamlList list, String field, ReadContext context) {
    List<String> values = new ArrayList<>();
    boolean ok = true;
    for (YamlNode item : list.items()) {
      Optional<Matcher> one = item instanceof YamlScalar s ? key(s, field, context) : Optional.empty();
      if (one.isPresent() && one.get() instanceof Matcher.Exact exact) {
        values.add(exact.value());
      } else {
        if (one.isPresent() || !(item instanceof YamlScalar)) {
          context.error(item, "'" + field + "': a list holds exact values only; use one /regex/ for patterns");
        }
        ok = false;
      }
    }
    return ok ? Optional.of(new Matcher.AnyOf(values)) : Optional.empty();
  }

  private static Optional<Matcher> compile(YamlScalar s, int offset, String source, String field,
      ReadContext context) {
    try {
      return Optional.of(new Matcher.Regex(Pattern.compile(source)));
    } catch (PatternSyntaxException e) {
      int at = offset + Math.max(e.getIndex(), 0);
      context.error(s.locationAt(Math.min(at, s.text().length())), "'" + field + "': bad pattern /" + source
          + "/: " + e.getDescription());
      return Optional.empty();
    }
  }

  private static boolean isSlashed(String text) {
    return text.length() >= 2 && text.startsWith("/") && text.endsWith("/");
  }
}
