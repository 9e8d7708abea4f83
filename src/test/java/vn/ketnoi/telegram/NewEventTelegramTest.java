package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/** /sukienmoi end to end: the steps, the stored event, its deep link, its announcement. */
class NewEventTelegramTest {
  private static final long STAFF = 900;
  private static final long SUBSCRIBER = 3001;
  private static final long NEWCOMER = 3002;
  private static final String LINK = "https://t.me/ketnoi_test_bot?start=evt_1";

  @TempDir Path dir;

  @Test
  void a_guided_event_is_stored_linked_and_announced_with_a_working_register_button() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("e.db"), api, Set.of(STAFF), 200)) {
      Database db = bot.app.database();
      AudienceTelegramTest.subscribe(db, List.of(SUBSCRIBER, NEWCOMER));
      api.await(c -> c.method().equals("getme"), Duration.ofSeconds(10));
      consent(api, SUBSCRIBER);

      api.sendText(STAFF, "/sukienmoi");
      api.awaitText(STAFF, "bước 1/6");
      api.sendText(STAFF, "Chợ công nghệ Lâm Đồng 2026");
      api.awaitText(STAFF, "Bước 2/6");
      api.sendText(STAFF, "mai nhé");
      api.awaitText(STAFF, "Chưa đọc được ngày giờ \"mai nhé\"");
      api.sendText(STAFF, "01/01/2020");
      api.awaitText(STAFF, "Ngày giờ \"01/01/2020\" đã qua");
      LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20);
      api.sendText(STAFF, day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 8:00");
      api.awaitText(STAFF, "Bước 3/6");
      api.sendText(STAFF, "Trung tâm Hội nghị tỉnh");
      api.awaitText(STAFF, "Bước 4/6");
      api.sendText(STAFF, "Trưng bày máy sấy & kho lạnh cho nông sản");
      api.awaitText(STAFF, "Bước 5/6");
      api.sendText(STAFF, "trang của Sở");
      api.awaitText(STAFF, "Liên kết cần bắt đầu bằng http://");
      api.sendText(STAFF, "https://sokhcn.example.vn/cho-cong-nghe");
      FakeBotApi.Call registration = api.awaitText(STAFF, "Bước 6/6");
      api.press(STAFF, api.messageIdOf(registration), api.buttonData(registration, "Có, mở đăng ký"));

      FakeBotApi.Call saved = api.awaitText(STAFF, "Đã lưu sự kiện #1");
      assertThat(saved.text()).contains(LINK);
      FakeBotApi.Call preview = api.awaitText(STAFF, "Đối tượng: Tất cả người đăng ký: 2");
      assertThat(preview.text()).contains("Chợ công nghệ Lâm Đồng 2026", "Trung tâm Hội nghị tỉnh",
          "Trưng bày máy sấy &amp; kho lạnh", "🔗 https://sokhcn.example.vn/cho-cong-nghe",
          "[Nút: Đăng ký tham dự]", "/huydangky để ngừng nhận thông báo");
      assertThat(Sql.one(db, "SELECT title || '|' || starts_at || '|' || place || '|' || link || '|'"
          + " || registration_open || '|' || created_by FROM events", row -> row.getString(1)).orElseThrow())
          .isEqualTo("Chợ công nghệ Lâm Đồng 2026|" + day.atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
              .toInstant() + "|Trung tâm Hội nghị tỉnh|https://sokhcn.example.vn/cho-cong-nghe|1|" + STAFF);
      assertThat(Sql.one(db, "SELECT COUNT(*) FROM event_drafts", row -> row.getInt(1)).orElseThrow()).isZero();

      api.press(STAFF, api.messageIdOf(preview), api.buttonData(preview, "Xác nhận gửi"));
      api.awaitText(STAFF, "Báo cáo thông báo #1");
      FakeBotApi.Call announcement = api.awaitText(SUBSCRIBER, "Chợ công nghệ Lâm Đồng 2026");
      assertThat(announcement.text()).endsWith("/huydangky để ngừng nhận thông báo");
      api.press(SUBSCRIBER, api.messageIdOf(announcement), api.buttonData(announcement, "Đăng ký tham dự"));
      api.awaitText(SUBSCRIBER, "đã đăng ký tham dự: Chợ công nghệ Lâm Đồng 2026");
      assertThat(Sql.one(db, "SELECT event_id || '|' || source FROM event_registrations", row -> row.getString(1))
          .orElseThrow()).isEqualTo("1|thongbao");

      // The deep link opens it for someone new, right after consent.
      api.sendText(NEWCOMER, "/start evt_1");
      FakeBotApi.Call notice = api.awaitText(NEWCOMER, "có đồng ý");
      api.press(NEWCOMER, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
      FakeBotApi.Call card = api.await(c -> c.chatId() == NEWCOMER && c.atNanos() > notice.atNanos() && c.text() != null
          && c.text().startsWith("Chợ công nghệ Lâm Đồng 2026") && c.body().has("reply_markup"),
          Duration.ofSeconds(20));
      assertThat(api.buttonData(card, "Đăng ký tham dự")).isEqualTo("evreg:lienket:1");

      api.sendText(STAFF, "/dangkysk");
      FakeBotApi.Call list = api.awaitText(STAFF, "Các sự kiện (mã – tên – số đăng ký)");
      assertThat(list.text()).contains("• 1 – Chợ công nghệ Lâm Đồng 2026 – 1 đăng ký – " + LINK);
    }
  }

  @Test
  void huy_at_a_step_drops_the_draft_and_later_texts_are_not_taken_as_answers() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("e.db"), api, Set.of(STAFF), 200)) {
      api.sendText(STAFF, "/sukienmoi");
      api.awaitText(STAFF, "bước 1/6");
      api.sendText(STAFF, "Hội thảo chuyển đổi số");
      FakeBotApi.Call when = api.awaitText(STAFF, "Bước 2/6");
      api.press(STAFF, api.messageIdOf(when), api.buttonData(when, "Hủy"));
      api.awaitText(STAFF, "Đã hủy tạo sự kiện");
      api.press(STAFF, api.messageIdOf(when), api.buttonData(when, "Hủy"));
      api.awaitText(STAFF, "hết hạn");

      long second = System.nanoTime();
      api.sendText(STAFF, "/sukienmoi");
      // The first run's messages are still there: wait for this run's, not theirs.
      api.await(c -> c.chatId() == STAFF && c.atNanos() > second && c.text() != null
          && c.text().contains("bước 1/6"), Duration.ofSeconds(20));
      api.sendText(STAFF, "huỷ");
      api.await(c -> c.chatId() == STAFF && c.atNanos() > second && c.text() != null
          && c.text().contains("Đã hủy tạo sự kiện"), Duration.ofSeconds(20));
      Database db = bot.app.database();
      assertThat(Sql.one(db, "SELECT COUNT(*) FROM event_drafts", row -> row.getInt(1)).orElseThrow()).isZero();
      assertThat(Sql.one(db, "SELECT COUNT(*) FROM events", row -> row.getInt(1)).orElseThrow()).isZero();
    }
  }

  @Test
  void non_staff_sukienmoi_and_event_buttons_are_refused_with_nothing_stored_or_sent() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(dir.resolve("e.db"), api, Set.of(STAFF), 200)) {
      Database db = bot.app.database();
      AudienceTelegramTest.subscribe(db, List.of(SUBSCRIBER));
      api.sendText(555, "/sukienmoi");
      api.awaitText(555, "chỉ dành cho cán bộ Sở");
      for (String data : List.of("bc:ev:yes", "bc:aud:1", "bc:sec:1:*", "bc:re:1")) {
        int before = refusals(api);
        api.pressAs(555, 555, 0, data);
        api.await(c -> refusals(api) > before, Duration.ofSeconds(20));
      }
      api.sendText(555, "Hội thảo giả mạo");

      api.await(c -> c.chatId() == 555 && c.method().equals("sendmessage")
          && !c.text().contains("chỉ dành cho cán bộ Sở"), Duration.ofSeconds(20));
      assertThat(Sql.one(db, "SELECT COUNT(*) FROM event_drafts", row -> row.getInt(1)).orElseThrow()).isZero();
      assertThat(Sql.one(db, "SELECT COUNT(*) FROM events", row -> row.getInt(1)).orElseThrow()).isZero();
      assertThat(Sql.one(db, "SELECT COUNT(*) FROM broadcasts", row -> row.getInt(1)).orElseThrow()).isZero();
      assertThat(api.callsTo(SUBSCRIBER)).isEmpty();
    }
  }

  private static void consent(FakeBotApi api, long chat) {
    api.sendText(chat, "/start");
    FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý");
    api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    api.awaitText(chat, "Cảm ơn anh/chị đã đồng ý");
  }

  private static int refusals(FakeBotApi api) {
    return (int) api.callsTo(555).stream().filter(c -> c.text() != null && c.text().contains("chỉ dành cho cán bộ Sở"))
        .count();
  }
}
