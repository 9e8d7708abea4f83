package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;
import vn.ketnoi.text.Html;

/** Staff announcements through the durable broadcast outbox, against the stand-in Bot API. */
class BroadcastTelegramTest {
  private static final long STAFF = 900;
  private static final String STOP_LINE = "/huydangky để ngừng nhận thông báo";

  @TempDir Path dir;

  @Test
  void two_thousand_subscribers_against_telegrams_30_a_second_each_receive_it_exactly_once()
      throws Exception {
    Path file = dir.resolve("b.db");
    List<Long> chats = LongStream.rangeClosed(10_001, 12_000).boxed().toList();
    Set<Long> blockers = LongStream.rangeClosed(10_001, 12_000).filter(c -> c % 40 == 0).boxed()
        .collect(Collectors.toSet());
    long gone = 11_111;
    try (FakeBotApi api = new FakeBotApi()) {
      api.enforceRate(SendLimits.TELEGRAM_RATE);
      blockers.forEach(api::blockedBy);
      api.failNextTo(gone, new FakeBotApi.Failure(400, "Bad Request: chat not found", null));
      try (TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), SendLimits.TELEGRAM_RATE)) {
        subscribe(bot.app.database(), chats);
        String id = preview(api, "Chợ công nghệ Thái Nguyên mở cửa ngày 15/12 & 16/12", "2.000");
        api.press(STAFF, 0, "bc:ok:" + id);
        FakeBotApi.Call report = api.await(c -> c.chatId() == STAFF && c.text() != null
            && c.text().contains("Báo cáo thông báo #" + id), Duration.ofMinutes(3));

        Map<Long, Long> received = api.calls().stream().filter(c -> c.method().equals("sendmessage"))
            .filter(c -> c.chatId() != STAFF)
            .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
            chats.stream().filter(c -> !blockers.contains(c) && c != gone).toList());
        assertThat(received.values()).allMatch(n -> n == 1);
        assertThat(api.textsTo(10_001).get(0))
            .isEqualTo("Chợ công nghệ Thái Nguyên mở cửa ngày 15/12 &amp; 16/12\n\n" + STOP_LINE);
        // The blocked and the gone were each tried once, never again.
        assertThat(api.callsTo(gone)).hasSize(1);
        assertThat(blockers).allMatch(c -> api.callsTo(c).size() == 1);
        System.out.printf("2,000 recipients at %d/s: %d answered 429 by the stand-in%n",
            SendLimits.TELEGRAM_RATE, api.rateLimitedCalls());
        assertThat(report.text()).contains("đã gửi 1.949/2.000", "chặn bot 50",
            "không còn tài khoản 1", "lỗi 0", "không rõ 0");
      }
    }
  }

  @Test
  void storage_that_refuses_writes_mid_broadcast_holds_the_sender_and_it_finishes_once_it_recovers()
      throws Exception {
    List<Long> chats = LongStream.rangeClosed(20_001, 20_200).boxed().toList();
    try (FakeBotApi api = new FakeBotApi()) {
      try (TelegramBot bot = new TelegramBot(dir.resolve("b.db"), api, Set.of(STAFF), SendLimits.TELEGRAM_RATE)) {
        subscribe(bot.app.database(), chats);
        String id = preview(api, "Ngày hội kết nối cung cầu công nghệ 20/12", "200");
        api.press(STAFF, 0, "bc:ok:" + id);
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        api.await(c -> c.method().equals("sendmessage") && c.chatId() > 20_000
            && seen.incrementAndGet() >= 40, Duration.ofSeconds(30));
        Sql.update(bot.app.database(), "PRAGMA query_only = ON");
        long before = sentTo(api, chats);
        // The fault has to last a while to be felt; nothing waits on it but the sender.
        Thread.sleep(1_500);
        long during = sentTo(api, chats) - before;
        Sql.update(bot.app.database(), "PRAGMA query_only = OFF");
        FakeBotApi.Call report = api.await(c -> c.chatId() == STAFF && c.text() != null
            && c.text().contains("Báo cáo thông báo #" + id), Duration.ofSeconds(60));

        assertThat(during).as("sent while nothing could be written down").isLessThanOrEqualTo(1);
        Map<Long, Long> received = api.calls().stream().filter(c -> c.method().equals("sendmessage"))
            .filter(c -> chats.contains(c.chatId()))
            .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(chats);
        assertThat(received.values()).allMatch(n -> n == 1);
        assertThat(report.text()).contains("đã gửi 200/200", "không rõ 0");
      }
    }
  }

  @Test
  void a_business_gets_its_reply_within_about_a_second_while_a_broadcast_fills_telegrams_rate()
      throws Exception {
    Path file = dir.resolve("b.db");
    Map<Long, String> recipients = new java.util.HashMap<>();
    LongStream.rangeClosed(30_001, 30_900).forEach(chat -> recipients.put(chat, "pending"));
    seed(file, null, recipients);
    try (FakeBotApi api = new FakeBotApi()) {
      api.enforceRate(SendLimits.TELEGRAM_RATE);
      try (TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), SendLimits.TELEGRAM_RATE,
          java.time.Clock.systemUTC(), null)) {
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        api.await(c -> c.method().equals("sendmessage") && c.chatId() > 30_000
            && sent.incrementAndGet() >= 60, Duration.ofSeconds(30));
        List<Long> latencies = new java.util.ArrayList<>();
        for (long business = 801; business <= 805; business++) {
          int update = api.sendText(business, "/start");
          long chat = business;
          FakeBotApi.Call reply = api.await(c -> c.chatId() == chat && c.method().equals("sendmessage"),
              Duration.ofSeconds(20));
          latencies.add((reply.atNanos() - api.deliveredAtNanos(update)) / 1_000_000);
        }
        long stillPending = count(bot.app.database(),
            "SELECT COUNT(*) FROM broadcast_recipients WHERE status = 'pending'");
        System.out.printf("replies during a broadcast at %d/s: %s ms%n", SendLimits.TELEGRAM_RATE,
            latencies);
        assertThat(stillPending).as("the broadcast was still running").isPositive();
        assertThat(latencies).allMatch(ms -> ms < 1_500);
      }
    }
  }

  @Test
  void a_long_announcement_arrives_as_its_parts_in_order_once_each_within_each_chats_limit()
      throws Exception {
    long group = -100_777;
    StringBuilder text = new StringBuilder();
    for (int line = 1; text.length() < 9_000; line++) {
      text.append("Dòng ").append(line).append(": hội chợ công nghệ & thiết bị, gian hàng <A").append(line)
          .append("> tại Trung tâm Hội nghị tỉnh Thái Nguyên.\n");
    }
    try (FakeBotApi api = new FakeBotApi()) {
      api.enforceRate(SendLimits.TELEGRAM_RATE);
      try (TelegramBot bot = new TelegramBot(dir.resolve("b.db"), api, Set.of(STAFF), 25,
          java.time.Clock.systemUTC(), null)) {
        subscribe(bot.app.database(), List.of(1_001L, 1_002L));
        subscribeChat(bot.app.database(), 1_003L, group);
        api.sendText(STAFF, "/thongbao " + text);
        FakeBotApi.Call preview = api.awaitText(STAFF, "Thông báo sẽ được gửi thành 3 tin nhắn");
        String id = preview.body().findValuesAsText("callback_data").get(0).substring("bc:ok:".length());
        api.press(STAFF, 0, "bc:ok:" + id);
        api.await(c -> c.chatId() == STAFF && c.text() != null
            && c.text().contains("Báo cáo thông báo #" + id), Duration.ofSeconds(60));

        String whole = Html.escape(text.toString().strip() + "\n\n" + STOP_LINE);
        for (long chat : List.of(1_001L, 1_002L, group)) {
          List<String> parts = api.textsTo(chat);
          assertThat(parts).hasSize(3);
          assertThat(String.join("\n", parts)).isEqualTo(whole);
          assertThat(api.mostWithin(chat, Duration.ofMillis(900))).as("chat %d in any second", chat)
              .isEqualTo(1);
        }
        // The staff chat got the preview in parts, the progress, the report: one a second too.
        assertThat(api.messageTimesTo(STAFF).size()).isGreaterThan(4);
        assertThat(api.mostWithin(STAFF, Duration.ofMillis(900))).isEqualTo(1);
        // A group: 20 a minute, one every 3 s.
        assertThat(api.mostWithin(group, Duration.ofMillis(2_800))).isEqualTo(1);
        assertThat(api.mostWithin(group, Duration.ofMinutes(1))).isLessThanOrEqualTo(20);
        assertThat(count(bot.app.database(), "SELECT COUNT(*) FROM broadcast_recipients"
            + " WHERE status = 'sent' AND parts_sent = 2")).isEqualTo(3);
      }
    }
  }

  @Test
  void a_second_confirm_press_sends_nothing_new_and_later_subscribers_do_not_join() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("b.db"), api, Set.of(STAFF), 100)) {
      subscribe(bot.app.database(), List.of(301L, 302L));
      String id = preview(api, "Hội thảo chuyển đổi số", "2");
      api.press(STAFF, 0, "bc:ok:" + id);
      api.awaitText(STAFF, "Báo cáo thông báo #" + id);
      subscribe(bot.app.database(), List.of(303L));
      int callsBefore = api.calls().size();

      api.press(STAFF, 0, "bc:ok:" + id);
      api.awaitText(STAFF, "đã được xử lý rồi");

      assertThat(api.calls().subList(callsBefore, api.calls().size()))
          .allMatch(c -> c.chatId() == STAFF || c.chatId() == 0);
      assertThat(api.textsTo(301)).hasSize(1);
      assertThat(api.textsTo(303)).isEmpty();
    }
  }

  @Test
  void non_staff_thongbao_is_refused_with_nothing_stored_or_sent() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("b.db"), api, Set.of(STAFF), 100)) {
      subscribe(bot.app.database(), List.of(401L, 402L));
      api.sendText(555, "/thongbao Tin quảng cáo");
      api.awaitText(555, "chỉ dành cho cán bộ Sở");
      api.pressAs(555, 555, 0, "bc:ok:1");
      api.awaitText(555, "chỉ dành cho cán bộ Sở");

      assertThat(count(bot.app.database(), "SELECT COUNT(*) FROM broadcasts")).isZero();
      assertThat(api.textsTo(401)).isEmpty();
      assertThat(api.textsTo(402)).isEmpty();
    }
  }

  @Test
  void an_empty_or_too_long_thongbao_is_explained_and_nothing_is_stored() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("b.db"), api, Set.of(STAFF), 100)) {
      api.sendText(STAFF, "/thongbao");
      api.awaitText(STAFF, "Cách dùng: /thongbao");
      api.sendText(STAFF, "/thongbao " + "a".repeat(41_000));
      api.awaitText(STAFF, "cần hơn 10 tin nhắn Telegram");
      assertThat(count(bot.app.database(), "SELECT COUNT(*) FROM broadcasts")).isZero();
    }
  }

  @Test
  void rows_left_sending_by_a_crash_become_unknown_and_are_not_resent() throws Exception {
    Path file = dir.resolve("b.db");
    seed(file, null, Map.of(101L, "sent", 102L, "sending", 103L, "pending", 104L, "pending"));
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), 100)) {
      FakeBotApi.Call report = api.awaitText(STAFF, "Báo cáo thông báo #1");

      assertThat(api.callsTo(101)).isEmpty();
      assertThat(api.callsTo(102)).isEmpty();
      assertThat(api.textsTo(103)).hasSize(1);
      assertThat(api.textsTo(104)).hasSize(1);
      assertThat(report.text()).contains("đã gửi 3/4", "không rõ 1");
    }
  }

  @Test
  void blocked_and_gone_chats_are_counted_in_the_report() throws Exception {
    Path file = dir.resolve("b.db");
    seed(file, null, Map.of(201L, "pending", 202L, "pending", 203L, "pending", 204L, "pending"));
    try (FakeBotApi api = new FakeBotApi()) {
      api.blockedBy(202);
      api.failNextTo(201, new FakeBotApi.Failure(400, "Bad Request: chat not found", null));
      try (TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), 100)) {
        FakeBotApi.Call report = api.awaitText(STAFF, "Báo cáo thông báo #1");

        assertThat(report.text()).contains("đã gửi 2/4", "chặn bot 1", "không còn tài khoản 1");
        assertThat(count(bot.app.database(),
            "SELECT COUNT(*) FROM users WHERE telegram_user_id = 202 AND blocked_at IS NOT NULL")).isOne();
      }
    }
  }

  @Test
  void a_429_pauses_the_broadcast_for_retry_after_and_then_resumes() throws Exception {
    Path file = dir.resolve("b.db");
    seed(file, null, Map.of(501L, "pending", 502L, "pending", 503L, "pending"));
    try (FakeBotApi api = new FakeBotApi()) {
      api.failNextTo(502, new FakeBotApi.Failure(429, "Too Many Requests: retry after 42", 42));
      try (TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), 100)) {
        FakeBotApi.Call report = api.awaitText(STAFF, "Báo cáo thông báo #1");

        assertThat(bot.pauses).anyMatch(d -> d.compareTo(Duration.ofSeconds(41)) > 0);
        assertThat(report.text()).contains("đã gửi 3/3");
        assertThat(api.textsTo(502)).hasSize(1);
        assertThat(count(bot.app.database(), "SELECT COUNT(*) FROM send_pause")).isOne();
      }
    }
  }

  @Test
  void a_stored_pause_is_waited_out_after_a_restart() throws Exception {
    Path file = dir.resolve("b.db");
    seed(file, Instant.now().plus(Duration.ofMinutes(10)), Map.of(601L, "pending"));
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), 100)) {
      api.awaitText(STAFF, "Báo cáo thông báo #1");

      // The sender asked to wait out (about) the ten minutes before its first call.
      assertThat(bot.pauses).anyMatch(d -> d.compareTo(Duration.ofMinutes(9)) > 0);
      assertThat(api.textsTo(601)).hasSize(1);
    }
  }

  @Test
  void thongbaods_lists_past_announcements_with_their_reports() throws Exception {
    Path file = dir.resolve("b.db");
    seed(file, null, Map.of(701L, "pending", 702L, "pending"));
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), 100)) {
      api.awaitText(STAFF, "Báo cáo thông báo #1");
      api.sendText(STAFF, "/thongbaods");
      FakeBotApi.Call list = api.awaitText(STAFF, "Các thông báo gần đây");

      assertThat(list.text()).contains("#1", "Ngày hội cung cầu công nghệ", "đã gửi 2/2");
    }
  }

  @Test
  void the_sender_keeps_to_broadcast_rate() throws Exception {
    int rate = 20;
    Map<Long, String> recipients = new java.util.HashMap<>();
    LongStream.rangeClosed(20_001, 20_150).forEach(chat -> recipients.put(chat, "pending"));
    Path file = dir.resolve("b.db");
    seed(file, null, recipients);
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), rate)) {
      api.awaitText(STAFF, "Báo cáo thông báo #1");

      List<Long> at = api.calls().stream().filter(c -> c.method().equals("sendmessage"))
          .filter(c -> c.chatId() > 20_000).map(FakeBotApi.Call::atNanos).sorted().toList();
      assertThat(at).hasSize(150);
      long busiestSecond = 0;
      for (int i = 0; i < at.size(); i++) {
        long start = at.get(i);
        long inSecond = at.stream().filter(t -> t >= start && t < start + 1_000_000_000L).count();
        busiestSecond = Math.max(busiestSecond, inSecond);
      }
      // A bucket of a quarter of a second: never more than the rate and that burst in any second
      // (two more for the stand-in's timestamps, taken after each call crossed loopback).
      assertThat(busiestSecond).isLessThanOrEqualTo(rate + rate / 4 + 2);
      double seconds = (at.get(at.size() - 1) - at.get(0)) / 1e9;
      System.out.printf("broadcast pacing: %d messages in %.2f s, %.1f/s (limit %d), busiest second %d%n",
          at.size(), seconds, (at.size() - 1) / seconds, rate, busiestSecond);
      assertThat((at.size() - 1) / seconds).isGreaterThan(rate * 0.8);
      // One progress message, edited in place while it ran (every 2 s; this one runs about 3 s).
      assertThat(api.callsTo(STAFF).stream().filter(c -> c.method().equals("sendmessage"))
          .filter(c -> c.text().startsWith("Đang gửi thông báo #1: 0/150"))).hasSize(1);
      assertThat(api.callsTo(STAFF).stream().filter(c -> c.method().equals("editmessagetext"))
          .filter(c -> c.text().startsWith("Đang gửi thông báo #1:"))).isNotEmpty();
    }
  }

  /** Sends /thongbao as staff, checks the preview and its audience, returns the broadcast id. */
  private static String preview(FakeBotApi api, String text, String audience) {
    api.sendText(STAFF, "/thongbao " + text);
    FakeBotApi.Call preview = api.awaitText(STAFF, "Tất cả người đăng ký: " + audience);
    assertThat(preview.text()).contains(STOP_LINE);
    List<String> data = preview.body().findValuesAsText("callback_data");
    assertThat(data).hasSize(3);
    return data.get(0).substring("bc:ok:".length());
  }

  private static void subscribe(Database db, List<Long> chats) {
    db.transaction(c -> {
      for (long chat : chats) {
        Sql.update(c, "INSERT INTO subscriptions (telegram_user_id, chat_id, consent_version, subscribed_at)"
            + " VALUES (?, ?, '2026-12', ?)", chat, chat, Instant.now());
      }
      return null;
    });
  }

  private static void subscribeChat(Database db, long user, long chat) {
    Sql.update(db, "INSERT INTO subscriptions (telegram_user_id, chat_id, consent_version, subscribed_at)"
        + " VALUES (?, ?, '2026-12', ?)", user, chat, Instant.now());
  }

  /**
   * A broadcast #1 a previous process confirmed, its recipients as that process left them, and
   * the pause of all sending it stored (none when null).
   */
  static void seed(Path file, Instant pausedUntil, Map<Long, String> recipients) {
    try (Database db = Database.open(file)) {
      Sql.insert(db, "INSERT INTO broadcasts (id, staff_user_id, staff_chat_id, text, status, created_at,"
          + " started_at) VALUES (1, ?, ?, 'Ngày hội cung cầu công nghệ', 'sending', ?, ?)",
          STAFF, STAFF, Instant.now(), Instant.now());
      if (pausedUntil != null) {
        Sql.update(db, "INSERT INTO send_pause (id, paused_until) VALUES (1, ?)", pausedUntil);
      }
      recipients.forEach((chat, status) -> Sql.update(db, "INSERT INTO broadcast_recipients"
          + " (broadcast_id, chat_id, status) VALUES (1, ?, ?)", chat, status));
    }
  }

  private static long sentTo(FakeBotApi api, List<Long> chats) {
    return api.calls().stream().filter(c -> c.method().equals("sendmessage"))
        .filter(c -> chats.contains(c.chatId())).count();
  }

  private static int count(Database db, String sql) {
    return Sql.one(db, sql, row -> row.getInt(1)).orElseThrow();
  }
}
