package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.events.Event;
import vn.ketnoi.events.EventStore;
import vn.ketnoi.need.Dates;
import vn.ketnoi.need.NeedExportTest;

/** Events through Telegram: a deep link, registration by button, the staff export as a file. */
class EventsTelegramTest {
  private static final long STAFF = 900;
  private static final long BUSINESS = 42;

  @TempDir Path dir;
  FakeBotApi api;
  TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    bot = new TelegramBot(dir.resolve("events.db"), api, null, Set.of(STAFF), null);
  }

  @AfterEach
  void stop() {
    bot.close();
    api.close();
  }

  @Test
  void a_deep_link_registers_once_and_staff_get_the_registrants_as_csv() {
    Event event = new EventStore(bot.app.database(), Clock.systemUTC(),
        new Dates(ZoneId.of("Asia/Ho_Chi_Minh")), List.of())
        .create(new EventStore.NewEvent("Ngày kết nối cung cầu chè", "kết nối cung cầu",
            Instant.now().plus(Duration.ofDays(7)), "Nhà văn hóa tỉnh", "Gặp bên cung cấp máy sấy chè",
            null, true, STAFF));
    FakeBotApi.Call menu = api.await(c -> c.method().equals("setmycommands")
        && c.body().path("scope").path("chat_id").asText().equals(String.valueOf(STAFF)), Duration.ofSeconds(10));
    assertThat(menu.body().path("commands").findValuesAsText("command"))
        .contains("sukien", "dangky", "huydangky", "dangkysk");

    api.sendText(BUSINESS, "/start evt_" + event.id());
    FakeBotApi.Call notice = api.awaitText(BUSINESS, "có đồng ý");
    api.press(BUSINESS, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    FakeBotApi.Call card = api.awaitText(BUSINESS, "Ngày kết nối cung cầu chè");
    String register = api.buttonData(card, "Đăng ký tham dự");
    api.press(BUSINESS, api.messageIdOf(card), register);
    api.awaitText(BUSINESS, "đã đăng ký tham dự: Ngày kết nối");
    api.press(BUSINESS, api.messageIdOf(card), register);
    api.awaitText(BUSINESS, "đã đăng ký tham dự sự kiện này rồi");
    api.press(BUSINESS, api.messageIdOf(card), "evreg:sukien:<script>");
    api.awaitText(BUSINESS, "hết hạn");

    api.sendText(BUSINESS, "/dangkysk " + event.id());
    api.awaitText(BUSINESS, "Lệnh này chỉ dành cho cán bộ Sở.");
    api.sendText(STAFF, "/dangkysk " + event.id());
    FakeBotApi.Call csv = api.await(c -> c.method().equals("senddocument")
        && c.body().path("_file_name").asText().endsWith(".csv"), Duration.ofSeconds(10));
    assertThat(csv.chatId()).isEqualTo(STAFF);
    String text = new String(FakeBotApi.fileOf(csv), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = NeedExportTest.parseCsv(text.substring(1));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(4)).isEqualTo("Liên kết sự kiện");
    assertThat(api.calls()).noneMatch(c -> c.method().equals("senddocument") && c.chatId() == BUSINESS);
  }
}
