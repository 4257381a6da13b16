package io.ariflow.flows.expr;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Time functions over the scope's clock (the flow's zone): {@code hour()} 0-23, {@code minute()} 0-59,
 * {@code weekday()} 1 (Monday) to 7 (Sunday), {@code date(fmt)} with a literal java.time pattern checked
 * when the flow loads (English names), {@code date()} being {@code yyyy-MM-dd}.
 */
final class TimeFunctions {

  private static final ZonedDateTime PROBE = MapScope.EPOCH;

  private TimeFunctions() {
  }

  static List<FunctionDef> all() {
    return List.of(
        FunctionDef.of("hour()", 0, 0, a -> (long) a.now().getHour()),
        FunctionDef.of("minute()", 0, 0, a -> (long) a.now().getMinute()),
        FunctionDef.of("weekday()", 0, 0, a -> (long) a.now().getDayOfWeek().getValue()),
        FunctionDef.bound("date([fmt])", 0, 1, TimeFunctions::bindDate));
  }

  private static FunctionDef.Body bindDate(BindArguments arguments) {
    DateTimeFormatter format = arguments.size() == 0
        ? DateTimeFormatter.ISO_LOCAL_DATE : compile(arguments, arguments.requireLiteralText(0, "format"));
    return a -> format.format(a.now());
  }

  /** Compiles and tries the pattern once, so patterns that only fail when formatting are caught too. */
  private static DateTimeFormatter compile(BindArguments arguments, String pattern) {
    try {
      DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
      format.format(PROBE);
      return format;
    } catch (IllegalArgumentException | DateTimeException e) {
      throw arguments.fail(0, "invalid date format '" + pattern + "': " + e.getMessage()
          + "; use java.time letters such as 'yyyy-MM-dd HH:mm' or 'EEEE'");
    }
  }
}
