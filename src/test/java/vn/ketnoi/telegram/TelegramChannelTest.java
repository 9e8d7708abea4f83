package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.need.Need;

class TelegramChannelTest {
  private static final String NEED =
      "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần dây chuyền sấy chè xanh, kinh phí khoảng 1,5 tỷ."
          + " Liên hệ anh Nguyễn Văn Nam 0912 345 678";

  @TempDir Path dir;
  FakeBotApi api;
  TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    bot = new TelegramBot(dir.resolve("ketnoi.db"), api);
  }

  @AfterEach
  void stop() {
    bot.close();
    api.close();
  }

  private void consent(long chat) {
    api.sendText(chat, "/start");
    FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý");
    api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    api.awaitText(chat, "Cảm ơn anh/chị đã đồng ý");
  }

  @Test
  void a_full_capture_from_start_to_a_saved_need() {
    api.await(c -> c.method().equals("setmycommands"), Duration.ofSeconds(10));
    consent(100);
    api.sendText(100, NEED);
    FakeBotApi.Call summary = api.awaitText(100, "Phiếu nhu cầu");
    assertThat(summary.body().path("parse_mode").asText()).isEqualTo("HTML");
    api.press(100, api.messageIdOf(summary), api.buttonData(summary, "Xác nhận"));
    api.awaitText(100, "Đã lưu nhu cầu với mã NC-");
    api.await(c -> c.method().equals("answercallbackquery"), Duration.ofSeconds(5));
    api.await(c -> c.method().equals("editmessagereplymarkup")
        && c.body().path("message_id").asInt() == api.messageIdOf(summary), Duration.ofSeconds(5));
    Need need = bot.app.needs().all().get(0);
    assertThat(need.telegramUserId()).isEqualTo(100L);
    assertThat(need.card().phone()).isEqualTo("0912345678");
    // Sent replies keep no copy of their text (it carries the phone number).
    String kept = bot.app.database().transaction(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT group_concat(text, '|') FROM outbox_messages WHERE status = 'sent'")) {
        return rs.getString(1);
      }
    });
    assertThat(kept).isNull();
  }

  @Test
  void a_need_typed_before_consent_is_processed_on_agreement() {
    api.sendText(101, NEED);
    FakeBotApi.Call notice = api.awaitText(101, "có đồng ý");
    assertThat(bot.app.needs().all()).isEmpty();
    api.press(101, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    api.awaitText(101, "Phiếu nhu cầu");
  }

  @Test
  void a_double_tap_on_confirm_saves_one_need() {
    consent(102);
    api.sendText(102, NEED);
    FakeBotApi.Call summary = api.awaitText(102, "Phiếu nhu cầu");
    String confirm = api.buttonData(summary, "Xác nhận");
    api.press(102, api.messageIdOf(summary), confirm);
    api.press(102, api.messageIdOf(summary), confirm);
    api.awaitText(102, "đã được lưu với mã");
    assertThat(bot.app.needs().all()).hasSize(1);
  }

  @Test
  void a_new_process_on_the_same_file_continues_the_draft() throws Exception {
    consent(103);
    api.sendText(103, "HTX Nông nghiệp Tân Hòa ở An Giang muốn mua drone phun thuốc");
    api.await(c -> c.chatId() == 103 && c.body().path("reply_markup").has("keyboard"),
        Duration.ofSeconds(10));
    bot.close();
    bot = new TelegramBot(dir.resolve("ketnoi.db"), api);
    api.sendText(103, "0913 456 789");
    FakeBotApi.Call summary = api.awaitText(103, "Phiếu nhu cầu");
    assertThat(summary.text()).contains("HTX Nông nghiệp Tân Hòa", "0913456789");
  }

  @Test
  void an_update_delivered_twice_is_handled_once() throws Exception {
    consent(104);
    int id = api.sendText(104, "/trangthai");
    api.awaitText(104, "chưa có nhu cầu");
    var payload = api.payloadOf(id, "message");
    bot.close();
    bot = new TelegramBot(dir.resolve("ketnoi.db"), api);
    api.resend(id, "message", payload);
    api.sendText(104, "/trogiup");
    api.awaitText(104, "/trangthai – xem");
    long statusReplies = api.textsTo(104).stream().filter(t -> t.contains("chưa có nhu cầu")).count();
    assertThat(statusReplies).isEqualTo(1);
  }

  @Test
  void long_text_is_read_in_part_and_every_message_stays_under_the_limit() {
    consent(105);
    api.sendText(105, "cần máy sấy lúa. " + "x ".repeat(2500));
    api.awaitText(105, "4000 ký tự");
    assertThat(api.callsTo(105)).allMatch(c -> c.text() == null || c.text().length() <= 4096);
  }

  @Test
  void ampersands_angle_brackets_and_emoji_arrive_intact() {
    consent(106);
    api.sendText(106, "Công ty <A&B> cần máy sấy & đóng gói 😀 ngân sách <500 triệu>, sdt 0912 345 678, anh Tâm");
    FakeBotApi.Call summary = api.awaitText(106, "Phiếu nhu cầu");
    assertThat(FakeBotApi.htmlToPlain(summary.text())).contains("<A&B>", "😀", "<500 triệu>");
    assertThat(api.calls()).noneMatch(c -> c.method().endsWith("!400"));
  }

  @Test
  void non_text_updates_get_a_polite_answer_and_groups_are_not_served() {
    consent(107);
    api.sendSticker(107);
    api.awaitText(107, "chỉ đọc được tin nhắn chữ");
    api.sendLocation(107);
    api.editText(107, "sửa lại");
    api.awaitText(107, "tin nhắn đã sửa");
    api.sendPhoto(107, "cần máy sấy lạnh trái cây, sdt 0912 000 111, chị Lan");
    api.awaitText(107, "Phiếu nhu cầu");
    api.sendGroupText(-500, 107, "/start");
    api.awaitText(-500, "trò chuyện riêng");
    api.sendGroupText(-500, 107, "chào cả nhà");
    api.sendText(107, "/trogiup");
    api.awaitText(107, "/trangthai – xem");
    assertThat(api.textsTo(-500)).hasSize(1);
  }

  @Test
  void the_phone_question_offers_to_share_the_contact() {
    consent(108);
    api.sendText(108, "HTX Chè Tân Cương cần máy sao chè");
    FakeBotApi.Call ask = api.await(c -> c.chatId() == 108
        && c.body().path("reply_markup").path("keyboard").path(0).path(0).path("request_contact")
            .asBoolean(), Duration.ofSeconds(10));
    assertThat(ask.text()).contains("số điện thoại");
    api.sendContact(108, "+84 912 345 678", 999);
    api.awaitText(108, "của chính mình");
    api.sendContact(108, "+84 912 345 678", 108);
    FakeBotApi.Call summary = api.awaitText(108, "Phiếu nhu cầu");
    assertThat(summary.text()).contains("0912345678");
  }

  @Test
  void a_burst_of_429s_waits_retry_after_and_delivers() {
    consent(109);
    api.failNext("sendMessage",
        new FakeBotApi.Failure(429, "Too Many Requests: retry after 1", 1),
        new FakeBotApi.Failure(429, "Too Many Requests: retry after 2", 2),
        new FakeBotApi.Failure(429, "Too Many Requests: retry after 1", 1));
    api.sendText(109, "/trangthai");
    api.awaitText(109, "chưa có nhu cầu");
    // The stored pause is waited out from when it was stored: a little under retry_after.
    assertThat(bot.pauses).anyMatch(d -> d.compareTo(Duration.ofMillis(900)) > 0
        && d.compareTo(Duration.ofSeconds(1)) <= 0);
    assertThat(bot.pauses).anyMatch(d -> d.compareTo(Duration.ofMillis(1900)) > 0
        && d.compareTo(Duration.ofSeconds(2)) <= 0);
  }

  @Test
  void server_errors_are_retried() {
    consent(110);
    api.failNext("sendMessage", new FakeBotApi.Failure(500, "Internal Server Error", null),
        new FakeBotApi.Failure(502, "Bad Gateway", null));
    api.sendText(110, "/trangthai");
    api.awaitText(110, "chưa có nhu cầu");
  }

  @Test
  void a_user_who_blocked_the_bot_is_recorded_and_others_are_still_served() throws Exception {
    api.blockedBy(111);
    api.sendText(111, "/start");
    api.await(c -> c.method().equals("sendmessage!403"), Duration.ofSeconds(10));
    consent(112);
    String blockedAt = null;
    for (long deadline = System.nanoTime() + 5_000_000_000L; blockedAt == null && System.nanoTime() < deadline; ) {
      blockedAt = bot.app.database().transaction(c -> {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT blocked_at FROM users WHERE telegram_user_id = 111")) {
          return rs.next() ? rs.getString(1) : null;
        }
      });
      Thread.onSpinWait();
    }
    assertThat(blockedAt).isNotNull();
  }
}
