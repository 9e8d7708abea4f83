package vn.ketnoi.need;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Stored instants (UTC) as the department reads them: in its time zone (TIME_ZONE), to the second
 * in files and to the minute in chat. "2026-11-30 15:05:49" is what Excel reads as a date and
 * time, sorts and filters; the offset is the same for every row, so it is said once, in TIME_ZONE.
 */
public record Dates(ZoneId zone) {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public Dates {
    java.util.Objects.requireNonNull(zone, "zone");
  }

  /** "2026-11-30 15:05:49", or null when the instant is unknown. */
  public String seconds(Instant at) {
    return at == null ? null : SECONDS.format(at.atZone(zone));
  }

  /** "2026-11-30 15:05", or "—" when the instant is unknown. */
  public String minutes(Instant at) {
    return at == null ? "—" : MINUTES.format(at.atZone(zone));
  }

  /** ISO-8601 with the offset, no fraction: "2026-11-30T15:05:49+07:00" (for JSONL). */
  public String iso(Instant at) {
    return at == null ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  public LocalDate day(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  public YearMonth month(Instant at) {
    return YearMonth.from(at.atZone(zone));
  }
}
