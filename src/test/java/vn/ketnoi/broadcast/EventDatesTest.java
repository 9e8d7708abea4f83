package vn.ketnoi.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** /sukienmoi's date and time, read in TIME_ZONE (Asia/Ho_Chi_Minh, UTC+7) on 1/12/2026 10:00 local. */
class EventDatesTest {
  private final EventDates dates = new EventDates(
      Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC), ZoneId.of("Asia/Ho_Chi_Minh"));

  @Test
  void a_full_date_and_time_is_local_time() {
    assertThat(dates.read("15/12/2026 8:00"))
        .isEqualTo(new EventDates.When(Instant.parse("2026-12-15T01:00:00Z"), true));
  }

  @Test
  void a_date_without_year_with_an_hour_in_h_form_is_this_year_or_next() {
    assertThat(dates.read("15/12 8h30"))
        .isEqualTo(new EventDates.When(Instant.parse("2026-12-15T01:30:00Z"), true));
    assertThat(dates.read("1/11 8h"))
        .isEqualTo(new EventDates.When(Instant.parse("2027-11-01T01:00:00Z"), true));
  }

  @Test
  void a_date_alone_is_that_day_and_today_is_not_past() {
    assertThat(dates.read("15/12/2026"))
        .isEqualTo(new EventDates.When(Instant.parse("2026-12-14T17:00:00Z"), false));
    assertThat(dates.read("01/12/2026")).isInstanceOf(EventDates.When.class);
  }

  @Test
  void a_past_day_or_an_hour_already_gone_today_is_past() {
    assertThat(dates.read("30/11/2026 8:00")).isInstanceOf(EventDates.Past.class);
    assertThat(dates.read("01/01/2020")).isInstanceOf(EventDates.Past.class);
    assertThat(dates.read("1/12/2026 9:00")).isInstanceOf(EventDates.Past.class);
  }

  @Test
  void what_is_no_date_reads_as_unreadable() {
    for (String typed : new String[] {"32/12/2026", "15/13/2026", "ngày mai", "15/12/2026 25:00",
        "15/12/2026 8:75", "", "2026-12-15"}) {
      assertThat(dates.read(typed)).as(typed).isInstanceOf(EventDates.Unreadable.class);
    }
  }
}
