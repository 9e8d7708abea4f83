package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/**
 * Announcements to a segment (sector and/or current province of the subscriber's latest need),
 * and the deliberate resend to recipients left unknown, against the stand-in Bot API.
 */
class AudienceTelegramTest {
  private static final long STAFF = 900;

  @TempDir Path dir;

  @Test
  void a_sector_and_province_segment_shows_counts_that_equal_the_recipients_snapshotted() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("a.db"), api, Set.of(STAFF), 200)) {
      Database db = bot.app.database();
      seedAudience(db);
      api.sendText(STAFF, "/thongbao Hội chợ thiết bị chế biến nông sản");
      FakeBotApi.Call preview = api.awaitText(STAFF, "Đối tượng: Tất cả người đăng ký: 13");

      api.press(STAFF, api.messageIdOf(preview), api.buttonData(preview, "Chọn đối tượng"));
      FakeBotApi.Call sectors = api.awaitText(STAFF, "Chọn ngành");
      assertThat(labels(sectors)).containsExactly("Chế biến, bảo quản nông lâm thủy sản, thực phẩm: 7", "Nông nghiệp công nghệ cao: 4",
          "Tất cả: 13");

      api.press(STAFF, api.messageIdOf(sectors), api.buttonData(sectors, "Chế biến, bảo quản"));
      FakeBotApi.Call provinces = api.awaitText(STAFF, "Chọn tỉnh");
      assertThat(labels(provinces)).containsExactly("Lâm Đồng: 5", "An Giang: 2", "Tất cả: 7");

      api.press(STAFF, api.messageIdOf(provinces), api.buttonData(provinces, "Lâm Đồng"));
      FakeBotApi.Call segmented = api.awaitText(STAFF, "Đối tượng: Ngành Chế biến, bảo quản nông lâm thủy sản, thực phẩm – Lâm Đồng: 5");
      String confirm = api.buttonData(segmented, "Xác nhận gửi");
      api.press(STAFF, api.messageIdOf(segmented), confirm);
      api.awaitText(STAFF, "tới 5 người đăng ký");
      FakeBotApi.Call report = api.awaitText(STAFF, "Báo cáo thông báo");
      assertThat(report.text()).contains("đã gửi 5/5");

      List<Long> reached = LongStream.rangeClosed(1001, 1014).filter(chat -> !api.textsTo(chat).isEmpty())
          .boxed().toList();
      assertThat(reached).containsExactly(1001L, 1002L, 1003L, 1004L, 1005L);
      assertThat(count(db, "SELECT COUNT(*) FROM broadcast_recipients")).isEqualTo(5);

      // The confirm pressed again, and the segment buttons of a broadcast already sent: nothing new.
      int sent = sentToSubscribers(api);
      api.press(STAFF, api.messageIdOf(segmented), confirm);
      api.awaitText(STAFF, "đã được xử lý rồi");
      api.press(STAFF, api.messageIdOf(provinces), api.buttonData(provinces, "An Giang"));
      api.await(c -> c.chatId() == STAFF && c.text() != null && c.text().contains("hết hạn")
          && c.atNanos() > report.atNanos(), java.time.Duration.ofSeconds(20));
      assertThat(sentToSubscribers(api)).isEqualTo(sent);
      assertThat(count(db, "SELECT COUNT(*) FROM broadcast_recipients")).isEqualTo(5);
    }
  }

  @Test
  void a_province_alone_and_all_of_a_sector_are_counted_like_their_snapshot() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("a.db"), api, Set.of(STAFF), 200)) {
      Database db = bot.app.database();
      seedAudience(db);
      api.sendText(STAFF, "/thongbao Tin cho An Giang");
      FakeBotApi.Call preview = api.awaitText(STAFF, "Tất cả người đăng ký: 13");
      String id = api.buttonData(preview, "Xác nhận gửi").substring("bc:ok:".length());
      api.press(STAFF, api.messageIdOf(preview), "bc:sec:" + id + ":*");
      FakeBotApi.Call provinces = api.awaitText(STAFF, "Chọn tỉnh");
      // Subscriber 1011's latest need is Nông nghiệp in An Giang; its older one does not count.
      assertThat(labels(provinces)).containsExactly("Lâm Đồng: 8", "An Giang: 3", "Tất cả: 13");
      api.press(STAFF, api.messageIdOf(provinces), api.buttonData(provinces, "An Giang"));
      FakeBotApi.Call segmented = api.awaitText(STAFF, "Đối tượng: An Giang: 3");
      api.press(STAFF, api.messageIdOf(segmented), api.buttonData(segmented, "Xác nhận gửi"));
      api.awaitText(STAFF, "Báo cáo thông báo #" + id);

      List<Long> reached = LongStream.rangeClosed(1001, 1014).filter(chat -> !api.textsTo(chat).isEmpty())
          .boxed().toList();
      assertThat(reached).containsExactly(1006L, 1007L, 1011L);
    }
  }

  @Test
  void forged_segment_buttons_answer_expired_and_change_nothing() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("a.db"), api, Set.of(STAFF), 200)) {
      Database db = bot.app.database();
      seedAudience(db);
      api.sendText(STAFF, "/thongbao Tin thử");
      FakeBotApi.Call preview = api.awaitText(STAFF, "Tất cả người đăng ký: 13");
      String id = api.buttonData(preview, "Xác nhận gửi").substring("bc:ok:".length());
      for (String forged : List.of("bc:sec:" + id + ":khong_co_nganh", "bc:prv:" + id + ":Narnia",
          "bc:sec:abc:x", "bc:aud:999999", "bc:sec:" + id, "bc:", "bc:zz:" + id, "bc:ev:yes")) {
        int before = expiredAnswers(api);
        api.press(STAFF, 0, forged);
        api.await(c -> expiredAnswers(api) > before, java.time.Duration.ofSeconds(20));
      }
      assertThat(Sql.one(db, "SELECT COALESCE(sector, '') || '|' || COALESCE(province, '') FROM broadcasts",
          row -> row.getString(1)).orElseThrow()).isEqualTo("|");
      assertThat(count(db, "SELECT COUNT(*) FROM broadcast_recipients")).isZero();
      assertThat(sentToSubscribers(api)).isZero();
    }
  }

  @Test
  void resend_reaches_exactly_the_unknown_ones_still_subscribed_once() throws Exception {
    Path file = dir.resolve("r.db");
    try (Database db = Database.open(file)) {
      subscribe(db, List.of(2001L, 2002L, 2003L, 2004L, 2005L));
      Sql.update(db, "UPDATE subscriptions SET unsubscribed_at = ? WHERE chat_id = 2004", Instant.now());
      Sql.update(db, "INSERT INTO users (telegram_user_id, blocked_at, created_at) VALUES (2005, ?, ?)",
          Instant.now(), Instant.now());
      Sql.insert(db, "INSERT INTO broadcasts (id, staff_user_id, staff_chat_id, text, status, created_at,"
          + " started_at) VALUES (1, ?, ?, 'Ngày hội cung cầu công nghệ', 'sending', ?, ?)",
          STAFF, STAFF, Instant.now(), Instant.now());
      for (long chat : List.of(2001L, 2002L, 2003L, 2004L, 2005L)) {
        Sql.update(db, "INSERT INTO broadcast_recipients (broadcast_id, chat_id, status) VALUES (1, ?, ?)",
            chat, chat == 2001L ? "sent" : "unknown");
      }
    }
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(file, api, Set.of(STAFF), 200)) {
      FakeBotApi.Call report = api.awaitText(STAFF, "Báo cáo thông báo #1");
      assertThat(report.text()).contains("không rõ 4");
      String resend = api.buttonData(report, "Gửi lại cho 2 người chưa rõ");
      assertThat(sentToSubscribers(api)).isZero(); // never automatic

      api.press(STAFF, api.messageIdOf(report), resend);
      FakeBotApi.Call preview = api.awaitText(STAFF, "có thể đã nhận thông báo rồi");
      assertThat(preview.text()).contains("Ngày hội cung cầu công nghệ", ": 2");
      assertThat(labels(preview)).noneMatch(l -> l.contains("Chọn đối tượng"));
      // Pressing "Gửi lại" again (here from /thongbaods) shows the same draft, not a second one.
      api.sendText(STAFF, "/thongbaods");
      FakeBotApi.Call list = api.awaitText(STAFF, "Các thông báo gần đây");
      api.press(STAFF, api.messageIdOf(list), api.buttonData(list, "#1: gửi lại cho 2 người chưa rõ"));
      api.await(c -> c.chatId() == STAFF && c.text() != null && c.text().contains("có thể đã nhận")
          && c.atNanos() > list.atNanos(), java.time.Duration.ofSeconds(20));
      assertThat(count(bot.app.database(), "SELECT COUNT(*) FROM broadcasts")).isEqualTo(2);
      assertThat(sentToSubscribers(api)).isZero();

      String confirm = api.buttonData(preview, "Xác nhận gửi");
      api.press(STAFF, api.messageIdOf(preview), confirm);
      FakeBotApi.Call second = api.awaitText(STAFF, "Báo cáo thông báo #2");
      assertThat(second.text()).contains("đã gửi 2/2");
      api.press(STAFF, api.messageIdOf(preview), confirm);
      api.awaitText(STAFF, "Thông báo #2 đã được xử lý rồi");
      api.press(STAFF, api.messageIdOf(report), resend);
      api.awaitText(STAFF, "không còn người chưa rõ nào");

      assertThat(api.textsTo(2002)).containsExactly("Ngày hội cung cầu công nghệ\n\n/huydangky để ngừng nhận thông báo");
      assertThat(api.textsTo(2003)).hasSize(1);
      assertThat(api.callsTo(2001)).isEmpty();
      assertThat(api.callsTo(2004)).isEmpty();
      assertThat(api.callsTo(2005)).isEmpty();
      assertThat(Sql.one(bot.app.database(), "SELECT resend_of FROM broadcasts WHERE id = 2",
          row -> row.getLong(1)).orElseThrow()).isEqualTo(1L);
    }
  }

  /**
   * Thirteen active subscribers: 7 in Chế biến (5 in Lâm Đồng, 2 in An Giang), 4 in Nông nghiệp
   * (3 in Lâm Đồng; 1011's latest need in An Giang, its older one in Chế biến), 2 with no need;
   * 1014 has stopped.
   */
  private static void seedAudience(Database db) {
    subscribe(db, LongStream.rangeClosed(1001, 1014).boxed().toList());
    Sql.update(db, "UPDATE subscriptions SET unsubscribed_at = ? WHERE chat_id = 1014", Instant.now());
    LongStream.rangeClosed(1001, 1005).forEach(u -> need(db, u, "che_bien_bao_quan", "Lâm Đồng"));
    LongStream.rangeClosed(1006, 1007).forEach(u -> need(db, u, "che_bien_bao_quan", "An Giang"));
    LongStream.rangeClosed(1008, 1010).forEach(u -> need(db, u, "nong_nghiep", "Lâm Đồng"));
    need(db, 1011, "che_bien_bao_quan", "Lâm Đồng");
    need(db, 1011, "nong_nghiep", "An Giang");
    need(db, 1014, "che_bien_bao_quan", "Lâm Đồng");
  }

  private static void need(Database db, long user, String sector, String province) {
    String code = "NC-2026-" + user + "-" + System.nanoTime();
    Sql.insert(db, "INSERT INTO needs (code, telegram_user_id, sector, province_current, draft_id, created_at,"
        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", code, user, sector, province, code, Instant.now(),
        Instant.now());
  }

  static void subscribe(Database db, List<Long> chats) {
    for (long chat : chats) {
      Sql.update(db, "INSERT INTO subscriptions (telegram_user_id, chat_id, consent_version, subscribed_at)"
          + " VALUES (?, ?, '2026-12', ?)", chat, chat, Instant.now());
    }
  }

  private static List<String> labels(FakeBotApi.Call call) {
    return call.body().path("reply_markup").findValuesAsText("text");
  }

  private static int sentToSubscribers(FakeBotApi api) {
    return (int) api.calls().stream().filter(c -> c.method().equals("sendmessage"))
        .filter(c -> c.chatId() > 1000 && c.chatId() < 3000).count();
  }

  private static int expiredAnswers(FakeBotApi api) {
    return (int) api.callsTo(STAFF).stream().filter(c -> c.text() != null && c.text().contains("hết hạn")).count();
  }

  private static int count(Database db, String sql) {
    return Sql.one(db, sql, row -> row.getInt(1)).orElseThrow();
  }
}
