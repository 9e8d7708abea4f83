package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.broadcast.Reminders;
import vn.ketnoi.events.Event;
import vn.ketnoi.events.EventStore;
import vn.ketnoi.events.Registrations;
import vn.ketnoi.need.Dates;
import vn.ketnoi.need.Erasure;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;
import vn.ketnoi.text.Messages;

/**
 * The day-before reminder to an event's registrants, through the broadcast outbox and the stand-in
 * Bot API, on a clock the test moves: at REMINDER_HOUR (8:00 by default) of the day before, once,
 * restarts and crashes included. The event is on 10/12 at 9:00, Vietnam time.
 */
class ReminderTelegramTest {
  private static final long STAFF = 900;
  private static final long STAFF_GROUP = -100_555;
  private static final Dates DATES = new Dates(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final Instant STARTS = local("2026-12-10T09:00");
  private static final Instant DAY_BEFORE_0730 = local("2026-12-09T07:30");
  private static final Instant DAY_BEFORE_0800 = local("2026-12-09T08:00");
  private static final String TITLE = "Ngày kết nối cung cầu chè";

  @TempDir Path dir;

  @Test
  void a_registrant_gets_one_reminder_at_the_hour_and_none_before() throws Exception {
    ShiftedClock clock = new ShiftedClock(DAY_BEFORE_0730);
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("r.db"), api, Set.of(STAFF), STAFF_GROUP, clock)) {
      Event event = createEvent(bot.app.database(), clock, STARTS);
      long business = 42;
      api.sendText(business, "/start evt_" + event.id());
      FakeBotApi.Call notice = api.awaitText(business, "có đồng ý");
      api.press(business, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
      FakeBotApi.Call card = api.awaitText(business, TITLE);
      api.press(business, api.messageIdOf(card), api.buttonData(card, "Đăng ký tham dự"));
      // Who registers after the reminder went out gets none: the answer itself gives the time.
      api.awaitText(business, "đã đăng ký tham dự: " + TITLE + " (2026-12-10 09:00)");

      assertThat(bot.app.reminders().check()).isEqualTo(new Reminders.Checked(0, 0));
      clock.moveTo(DAY_BEFORE_0800.minusSeconds(10));
      assertThat(bot.app.reminders().check()).isEqualTo(new Reminders.Checked(0, 0));
      assertThat(count(bot.app.database(), "SELECT COUNT(*) FROM event_reminders")).isZero();

      clock.moveTo(DAY_BEFORE_0800);
      assertThat(bot.app.reminders().check()).isEqualTo(new Reminders.Checked(1, 0));
      FakeBotApi.Call reminder = api.awaitText(business, "Nhắc lịch");
      assertThat(reminder.text()).isEqualTo("⏰ Nhắc lịch: " + TITLE + "\n"
          + "Anh/chị đã đăng ký tham dự sự kiện này.\n🗓 2026-12-10 09:00\n📍 Nhà văn hóa tỉnh\n"
          + "🔗 https://sokhcn.example.vn/su-kien/che\n"
          + "Nếu không tham dự được, xin bấm \"Hủy đăng ký\".");
      String unregister = api.buttonData(reminder, "Hủy đăng ký");
      FakeBotApi.Call staffLine = api.awaitText(STAFF_GROUP, "đã gửi 1/1");
      assertThat(staffLine.text()).startsWith("⏰ Nhắc lịch: " + TITLE);
      assertThat(bot.app.reminders().check()).isEqualTo(new Reminders.Checked(0, 0));

      api.press(business, api.messageIdOf(reminder), unregister);
      api.awaitText(business, "Đã hủy đăng ký tham dự.");
      assertThat(reminders(api, business)).isEqualTo(1);
      // A reminder is no announcement: /thongbaods does not list it.
      api.sendText(STAFF, "/thongbaods");
      api.awaitText(STAFF, "Chưa có thông báo nào được gửi.");
    }
  }

  @Test
  void after_a_restart_at_or_after_the_hour_nobody_gets_it_twice() throws Exception {
    Path file = dir.resolve("r.db");
    ShiftedClock clock = new ShiftedClock(DAY_BEFORE_0730);
    try (Database db = Database.open(file)) {
      Event event = createEvent(db, clock, STARTS);
      register(db, clock, event, 301, 302);
      // The bot that queued it at 8:00 stopped before sending anything.
      clock.moveTo(DAY_BEFORE_0800);
      assertThat(reminders(db, clock).check()).isEqualTo(new Reminders.Checked(1, 0));
    }
    try (FakeBotApi api = new FakeBotApi()) {
      clock.moveTo(local("2026-12-09T08:05"));
      try (TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), STAFF_GROUP, clock)) {
        api.awaitText(STAFF_GROUP, "đã gửi 2/2");
        assertThat(bot.app.reminders().check()).isEqualTo(new Reminders.Checked(0, 0));
      }
      clock.moveTo(local("2026-12-09T20:00"));
      try (TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), STAFF_GROUP, clock)) {
        assertThat(bot.app.reminders().check()).isEqualTo(new Reminders.Checked(0, 0));
        roundTrip(api, 777);
      }
      assertThat(reminders(api, 301)).isEqualTo(1);
      assertThat(reminders(api, 302)).isEqualTo(1);
      assertThat(api.textsTo(STAFF_GROUP).stream().filter(t -> t.contains("Nhắc lịch"))).hasSize(1);
    }
  }

  @Test
  void a_reminder_in_flight_when_the_bot_was_killed_is_unknown_and_not_resent() throws Exception {
    Path file = dir.resolve("r.db");
    ShiftedClock clock = new ShiftedClock(DAY_BEFORE_0800);
    try (Database db = Database.open(file)) {
      Event event = createEvent(db, clock, STARTS);
      register(db, clock, event, 401, 402);
      reminders(db, clock).check();
      // As kill -9 leaves it: the row claimed, the call made or not, nothing recorded after.
      Sql.update(db, "UPDATE broadcast_recipients SET status = 'sending' WHERE chat_id = 401");
    }
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), STAFF_GROUP, clock)) {
      FakeBotApi.Call staffLine = api.awaitText(STAFF_GROUP, "đã gửi 1/2");
      assertThat(staffLine.text()).contains("không rõ 1");
      assertThat(api.callsTo(401)).isEmpty();
      assertThat(reminders(api, 402)).isEqualTo(1);
      assertThat(count(bot.app.database(),
          "SELECT COUNT(*) FROM broadcast_recipients WHERE chat_id = 401 AND status = 'unknown'")).isOne();
    }
  }

  @Test
  void who_unregistered_or_erased_their_data_and_an_event_without_a_date_get_none() throws Exception {
    ShiftedClock clock = new ShiftedClock(DAY_BEFORE_0730);
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("r.db"), api, Set.of(STAFF), STAFF_GROUP, clock)) {
      Database db = bot.app.database();
      Event event = createEvent(db, clock, STARTS);
      Event undated = createEvent(db, clock, null);
      register(db, clock, event, 501, 502, 503);
      register(db, clock, undated, 504);
      new Registrations(db, clock).cancel(event.id(), 502);
      new Erasure(db, clock, "[đã xóa]").erase(503, 503);

      clock.moveTo(DAY_BEFORE_0800);
      assertThat(bot.app.reminders().check()).isEqualTo(new Reminders.Checked(1, 0));
      api.awaitText(STAFF_GROUP, "đã gửi 1/1");
      assertThat(reminders(api, 501)).isEqualTo(1);
      for (long chat : List.of(502L, 503L, 504L)) {
        assertThat(api.callsTo(chat)).as("chat %d", chat).isEmpty();
      }
      assertThat(count(db, "SELECT COUNT(*) FROM event_reminders WHERE event_id = '" + undated.id() + "'"))
          .isZero();
    }
  }

  @Test
  void unregistering_or_erasing_after_the_reminder_was_queued_takes_the_user_out_of_it() {
    ShiftedClock clock = new ShiftedClock(DAY_BEFORE_0800);
    try (Database db = Database.open(dir.resolve("r.db"))) {
      Event event = createEvent(db, clock, STARTS);
      register(db, clock, event, 601, 602, 603);
      reminders(db, clock).check();
      new Registrations(db, clock).cancel(event.id(), 602);
      new Erasure(db, clock, "[đã xóa]").erase(603, 603);

      assertThat(Sql.query(db, "SELECT chat_id FROM broadcast_recipients", row -> row.getLong(1)))
          .containsExactly(601L);
    }
  }

  @Test
  void a_bot_down_through_the_day_before_and_back_after_the_start_sends_none_and_records_it_skipped()
      throws Exception {
    Path file = dir.resolve("r.db");
    ShiftedClock clock = new ShiftedClock(local("2026-12-08T10:00"));
    Event neverQueued;
    Event queuedThenDown;
    try (Database db = Database.open(file)) {
      neverQueued = createEvent(db, clock, STARTS);
      register(db, clock, neverQueued, 701);
      // A second event the last bot queued a reminder for at 8:00, then died before sending it.
      queuedThenDown = createEvent(db, clock, STARTS);
      register(db, clock, queuedThenDown, 702);
      clock.moveTo(DAY_BEFORE_0800);
      // (the first event held back for this check, so that only the second is queued)
      Sql.update(db, "INSERT INTO event_reminders (event_id, status, decided_at) VALUES (?, 'held', ?)",
          neverQueued.id(), clock.instant());
      assertThat(reminders(db, clock).check()).isEqualTo(new Reminders.Checked(1, 0));
      Sql.update(db, "DELETE FROM event_reminders WHERE event_id = ?", neverQueued.id());
    }
    clock.moveTo(local("2026-12-10T09:30"));
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), STAFF_GROUP, clock)) {
      assertThat(bot.app.reminders().check()).isEqualTo(new Reminders.Checked(0, 1));
      FakeBotApi.Call staffLine = api.awaitText(STAFF_GROUP, "quá giờ, không gửi 1");
      assertThat(staffLine.text()).contains("đã gửi 0/1");
      roundTrip(api, 778);

      assertThat(api.callsTo(701)).isEmpty();
      assertThat(api.callsTo(702)).isEmpty();
      assertThat(Sql.query(bot.app.database(), "SELECT event_id, status FROM event_reminders ORDER BY event_id",
          row -> row.getString(1) + " " + row.getString(2)))
          .containsExactly(neverQueued.id() + " skipped", queuedThenDown.id() + " queued");
      assertThat(count(bot.app.database(), "SELECT COUNT(*) FROM broadcast_recipients WHERE status = 'skipped'"))
          .isOne();
    }
  }

  private static Event createEvent(Database db, java.time.Clock clock, Instant startsAt) {
    return new EventStore(db, clock, DATES, List.of()).create(new EventStore.NewEvent(TITLE,
        "kết nối cung cầu", startsAt, "Nhà văn hóa tỉnh", "Gặp bên cung cấp máy sấy chè",
        "https://sokhcn.example.vn/su-kien/che", true, STAFF));
  }

  private static void register(Database db, java.time.Clock clock, Event event, long... users) {
    Registrations registrations = new Registrations(db, clock);
    for (long user : users) {
      registrations.register(event.id(), user, user, Registrations.Contact.NONE, "sukien");
    }
  }

  /** The reminders as a bot wired on the database makes them, without a bot running. */
  private static Reminders reminders(Database db, java.time.Clock clock) {
    return new Reminders(db, clock, new EventStore(db, clock, DATES, List.of()), DATES, 8, STAFF_GROUP,
        Messages.load());
  }

  private static long reminders(FakeBotApi api, long chat) {
    return api.textsTo(chat).stream().filter(t -> t.startsWith("⏰ Nhắc lịch")).count();
  }

  /** A message answered: the bot is up and has sent what it was going to send first. */
  private static void roundTrip(FakeBotApi api, long chat) {
    api.sendText(chat, "/sukien");
    api.awaitText(chat, "sự kiện");
  }

  private static int count(Database db, String sql) {
    return Sql.one(db, sql, row -> row.getInt(1)).orElseThrow();
  }

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(DATES.zone()).toInstant();
  }
}
