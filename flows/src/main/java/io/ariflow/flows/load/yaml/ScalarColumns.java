package io.ariflow.flows.load.yaml;

import java.util.Optional;

/** Maps an index in a scalar's value to a column offset in its source line, undoing quoting and escapes. */
final class ScalarColumns {

  private ScalarColumns() {
  }

  /** The column offset of value index {@code index} from the scalar's start, when it can be known. */
  static Optional<Integer> offsetOf(YamlScalar scalar, int index) {
    String source = scalar.sourceLine();
    String text = scalar.text();
    if (index < 0 || index > text.length()) {
      return Optional.empty();
    }
    return switch (scalar.style()) {
      case PLAIN -> source.startsWith(text) ? Optional.of(index) : Optional.empty();
      case SINGLE_QUOTED -> walk(source, text, index, '\'');
      case DOUBLE_QUOTED -> walk(source, text, index, '"');
      case BLOCK -> Optional.empty();
    };
  }

  /** Walks the quoted source after the opening quote, counting value characters, up to {@code index}. */
  private static Optional<Integer> walk(String source, String text, int index, char quote) {
    int column = 1;
    int produced = 0;
    while (column < source.length()) {
      if (produced == index) {
        return Optional.of(column);
      }
      char c = source.charAt(column);
      int width = sourceWidth(source, column, c, quote);
      if (width <= 0) {
        return Optional.empty();
      }
      column += width;
      produced++;
    }
    return produced == index && produced == text.length() ? Optional.of(column) : Optional.empty();
  }

  /** How many source characters the next value character takes, 0 at the closing quote or end. */
  private static int sourceWidth(String source, int at, char c, char quote) {
    if (c == quote) {
      boolean doubled = quote == '\'' && at + 1 < source.length() && source.charAt(at + 1) == '\'';
      return doubled ? 2 : 0;
    }
    if (quote == '"' && c == '\\' && at + 1 < source.length()) {
      char kind = source.charAt(at + 1);
      return kind == 'x' ? 4 : kind == 'u' ? 6 : kind == 'U' ? 10 : 2;
    }
    return 1;
  }
}
