package vn.ketnoi.broadcast;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's date and time as staff type it, in the department's time zone: "15/12/2026 8:00",
 * "15/12 8h30", "15/12/2026" (the day, no hour). Without a year it is the next such day. A moment
 * already past is refused, so no announcement invites to an event that is over.
 */
final class EventDates {
  /** What a typed date reads as. */
  sealed interface Reading {}

  /** A date (and time, {@code timed}) from now on. */
  record When(Instant at, boolean timed) implements Reading {}

  record Unreadable() implements Reading {}

  record Past() implements Reading {}

  private static final Pattern DATE = Pattern.compile(
      "(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?(?:\\s*(?:,|lúc|luc)?\\s*(\\d{1,2})\\s*(?:[:h]\\s*(\\d{2})?)?)?",
      Pattern.CASE_INSENSITIVE);

  private final Clock clock;
  private final ZoneId zone;

  EventDates(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  Reading read(String typed) {
    Matcher m = DATE.matcher(typed.strip());
    if (!m.matches()) {
      return new Unreadable();
    }
    try {
      LocalDate today = LocalDate.now(clock.withZone(zone));
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      boolean timed = m.group(4) != null;
      LocalTime time = timed ? LocalTime.of(Integer.parseInt(m.group(4)),
          m.group(5) == null ? 0 : Integer.parseInt(m.group(5))) : LocalTime.MIDNIGHT;
      LocalDate date;
      if (m.group(3) == null) {
        date = LocalDate.of(today.getYear(), month, day);
        if (date.isBefore(today)) {
          date = date.plusYears(1);
        }
      } else {
        int year = Integer.parseInt(m.group(3));
        date = LocalDate.of(year < 100 ? 2000 + year : year, month, day);
      }
      Instant at = date.atTime(time).atZone(zone).toInstant();
      boolean past = timed ? at.isBefore(clock.instant()) : date.isBefore(today);
      return past ? new Past() : new When(at, timed);
    } catch (DateTimeException | NumberFormatException e) {
      return new Unreadable();
    }
  }
}
