package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.events.Event;
import vn.ketnoi.events.EventStore;
import vn.ketnoi.events.Registrations;
import vn.ketnoi.need.Dates;
import vn.ketnoi.storage.Database;

/**
 * `run` as its own process, on the real clock: with REMINDER_HOUR=0 the reminder of an event
 * tomorrow is due at once, so the bot sends it as it starts; killed with kill -9 and started
 * again, it sends nothing twice.
 */
class ReminderProcessTest {
  private static final long STAFF_GROUP = -100_777;

  @TempDir Path dir;

  @Test
  void run_sends_a_due_reminder_at_start_and_a_restart_after_kill_9_sends_it_to_nobody_again()
      throws Exception {
    Path db = dir.resolve("reminders.db");
    Dates dates = new Dates(ZoneId.of("Asia/Ho_Chi_Minh"));
    Clock clock = Clock.systemUTC();
    try (Database database = Database.open(db)) {
      Event event = new EventStore(database, clock, dates, List.of()).create(new EventStore.NewEvent(
          "Hội thảo máy sấy nông sản", "hội thảo",
          LocalDate.now(clock.withZone(dates.zone())).plusDays(1).atTime(9, 0).atZone(dates.zone()).toInstant(),
          "Trung tâm Hội nghị tỉnh", "Giới thiệu máy sấy", null, true, 900));
      Registrations registrations = new Registrations(database, clock);
      for (long user : List.of(801L, 802L)) {
        registrations.register(event.id(), user, user, Registrations.Contact.NONE, "sukien");
      }
    }
    Map<String, String> settings = Map.of("STAFF_IDS", "900", "STAFF_CHAT_ID", String.valueOf(STAFF_GROUP),
        "REMINDER_HOUR", "0");
    try (FakeBotApi api = new FakeBotApi()) {
      BotProcess first = BotProcess.start(db, api.url(), dir, settings, "run");
      api.await(c -> c.chatId() == STAFF_GROUP && c.text() != null && c.text().contains("đã gửi 2/2"),
          Duration.ofSeconds(60));
      // The staff line is a reply from the outbox, which may send the one in flight at a kill
      // again (as README says): killed once it is recorded, so a repeat here would be the reminder's.
      awaitStaffLineRecorded(db);
      first.process.destroyForcibly().waitFor();

      try (BotProcess second = BotProcess.start(db, api.url(), dir, settings, "run")) {
        // Answered: the second bot is up, its reminder check ran at start before it polled.
        api.sendText(803, "/sukien");
        api.await(c -> c.chatId() == 803 && c.text() != null && c.text().contains("Hội thảo máy sấy"),
            Duration.ofSeconds(60));
      }
      for (long chat : List.of(801L, 802L)) {
        assertThat(api.textsTo(chat)).as("chat %d", chat).hasSize(1)
            .allMatch(t -> t.startsWith("⏰ Nhắc lịch: Hội thảo máy sấy nông sản"));
      }
      assertThat(api.textsTo(STAFF_GROUP).stream().filter(t -> t.contains("Nhắc lịch"))).hasSize(1);
    }
  }

  private static void awaitStaffLineRecorded(Path db) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM outbox_messages"
              + " WHERE chat_id = " + STAFF_GROUP + " AND status = 'sent'")) {
        if (rs.getInt(1) > 0) {
          return;
        }
      }
      assertThat(System.nanoTime()).as("staff line recorded sent").isLessThan(deadline);
      Thread.sleep(50); // polling a condition another process changes
    }
  }
}
