package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TimeFunctionsTest {

  /** Friday 2024-03-15 08:05:09 in Paris (07:05:09 UTC): the zone is the caller's, never the system's. */
  private static final ZonedDateTime FRIDAY_MORNING =
      Instant.parse("2024-03-15T07:05:09Z").atZone(ZoneId.of("Europe/Paris"));

  @Test
  void hour_and_minute_read_the_scope_clock_in_its_zone() {
    assertEquals(8L, eval("hour()", FRIDAY_MORNING));
    assertEquals(5L, eval("minute()", FRIDAY_MORNING));
    assertEquals(7L, eval("hour()", FRIDAY_MORNING.withZoneSameInstant(ZoneId.of("UTC"))));
  }

  @Test
  void weekday_counts_from_monday_1_to_sunday_7() {
    assertEquals(5L, eval("weekday()", FRIDAY_MORNING));
    assertEquals(7L, eval("weekday()", FRIDAY_MORNING.plusDays(2)));
    assertEquals(1L, eval("weekday()", FRIDAY_MORNING.plusDays(3)));
  }

  @Test
  void business_hours_read_naturally() {
    String open = "weekday() <= 5 and hour() >= 8 and hour() < 18";
    assertEquals(true, eval(open, FRIDAY_MORNING));
    assertEquals(false, eval(open, FRIDAY_MORNING.minusHours(1)));
    assertEquals(false, eval(open, FRIDAY_MORNING.plusDays(1)));
    assertEquals(true, eval("date('HH:mm') >= '08:00'", FRIDAY_MORNING));
  }

  @Test
  void date_formats_with_java_time_letters_and_english_names() {
    assertEquals("2024-03-15", eval("date()", FRIDAY_MORNING));
    assertEquals("2024-03-15 08:05", eval("date('yyyy-MM-dd HH:mm')", FRIDAY_MORNING));
    assertEquals("Friday", eval("date('EEEE')", FRIDAY_MORNING));
    assertEquals("15 March", eval("date('d MMMM')", FRIDAY_MORNING));
    assertEquals("12-25", eval("date('MM-dd')", FRIDAY_MORNING.withMonth(12).withDayOfMonth(25)));
  }

  @Test
  void a_bad_date_format_is_a_parse_error() {
    ExpressionException error = Eval.syntaxError("date('yyyy-MM-dd qqqqqq')");
    assertTrue(error.message().startsWith("invalid date format 'yyyy-MM-dd qqqqqq'"), error.message());
    assertEquals(5, error.position());
    Eval.syntaxError("date('{')");
  }

  @Test
  void the_date_format_must_be_a_literal() {
    assertEquals(5, Eval.syntaxError("date(fmt)").position());
  }
}
