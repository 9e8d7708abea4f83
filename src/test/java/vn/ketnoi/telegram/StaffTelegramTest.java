package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.need.NeedExportTest;

/** The staff desk through Telegram: staff 900 in the staff group -500, businesses in private chats. */
class StaffTelegramTest {
  private static final long GROUP = -500;
  private static final long STAFF = 900;

  @TempDir Path dir;
  FakeBotApi api;
  TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    bot = new TelegramBot(dir.resolve("staff.db"), api, null, Set.of(STAFF), GROUP);
  }

  @AfterEach
  void stop() {
    bot.close();
    api.close();
  }

  private FakeBotApi.Call capture(long chat, String need) {
    api.sendText(chat, "/start");
    FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý");
    api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    api.awaitText(chat, "hãy mô tả nhu cầu");
    api.sendText(chat, need);
    FakeBotApi.Call summary = api.awaitText(chat, "Phiếu nhu cầu");
    api.press(chat, api.messageIdOf(summary), api.buttonData(summary, "Xác nhận"));
    api.awaitText(chat, "Đã lưu nhu cầu");
    return api.awaitText(GROUP, "Nhu cầu mới");
  }

  @Test
  void staff_menu_scope_and_refusals_for_everyone_else() {
    FakeBotApi.Call menu = api.await(c -> c.method().equals("setmycommands")
        && c.body().path("scope").path("chat_id").asText().equals(String.valueOf(STAFF)), Duration.ofSeconds(10));
    assertThat(menu.body().path("commands").findValuesAsText("command")).contains("cauhoi", "canbo");
    for (String command : List.of("/ds", "/xem NC-2026-0001", "/xuat", "/thongke", "/cauhoi")) {
      api.sendText(42, command);
    }
    api.sendText(42, "/trogiup");
    api.awaitText(42, "/trangthai – xem");
    assertThat(api.textsTo(42).stream().filter(t -> t.equals("Lệnh này chỉ dành cho cán bộ Sở."))).hasSize(5);
    api.press(42, 1, "ss:1:dang_xu_ly");
    api.sendText(42, "/huy");
    api.awaitText(42, "không có phiếu");
    assertThat(api.textsTo(42).stream().filter(t -> t.equals("Lệnh này chỉ dành cho cán bộ Sở."))).hasSize(6);
    assertThat(api.calls()).noneMatch(c -> c.method().equals("senddocument") || c.method().equals("sendphoto"));
  }

  @Test
  void a_new_need_reaches_the_group_and_a_status_change_reaches_the_business() {
    FakeBotApi.Call notice = capture(42, "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần dây chuyền sấy chè,"
        + " sdt 0912 345 678, anh Nam");
    assertThat(notice.text()).contains("NC-", "Công ty TNHH Chè Tân Cương", "0912345678");
    api.pressAs(GROUP, STAFF, api.messageIdOf(notice), api.buttonData(notice, "Đang xử lý"));
    api.awaitText(GROUP, "Nhập ghi chú");
    api.sendGroupText(GROUP, STAFF, "Sẽ khảo sát xưởng vào thứ Hai");
    FakeBotApi.Call visible = api.awaitText(GROUP, "Gửi ghi chú này cho doanh nghiệp");
    api.pressAs(GROUP, STAFF, api.messageIdOf(visible), api.buttonData(visible, "Gửi cho doanh nghiệp"));
    api.awaitText(GROUP, "sang «Đang xử lý»");
    api.pressAs(GROUP, 77, api.messageIdOf(notice), api.buttonData(notice, "Từ chối"));
    api.awaitText(GROUP, "Lệnh này chỉ dành cho cán bộ Sở.");
    FakeBotApi.Call told = api.awaitText(42, "đã chuyển sang trạng thái «Đang xử lý»");
    assertThat(told.text()).contains("khảo sát xưởng vào thứ Hai");
  }

  @Test
  void a_question_passed_to_staff_is_answered_in_the_group_and_the_answer_reaches_the_business() {
    api.sendText(42, "/start");
    FakeBotApi.Call consent = api.awaitText(42, "có đồng ý");
    api.press(42, api.messageIdOf(consent), api.buttonData(consent, "Đồng ý"));
    api.awaitText(42, "hãy mô tả nhu cầu");
    api.sendText(42, "Cho hỏi căng tin của Sở có bán cơm trưa cho khách không?");
    FakeBotApi.Call none = api.awaitText(42, "chưa tìm thấy thông tin");
    api.press(42, api.messageIdOf(none), api.buttonData(none, "Chuyển câu hỏi cho cán bộ Sở"));
    api.awaitText(42, "Đã chuyển câu hỏi tới cán bộ Sở");

    FakeBotApi.Call notice = api.awaitText(GROUP, "Câu hỏi mới #1");
    assertThat(notice.text()).contains("căng tin của Sở có bán cơm trưa", "chưa rõ");
    api.pressAs(GROUP, 77, api.messageIdOf(notice), api.buttonData(notice, "Trả lời"));
    api.awaitText(GROUP, "Lệnh này chỉ dành cho cán bộ Sở.");
    api.pressAs(GROUP, STAFF, api.messageIdOf(notice), api.buttonData(notice, "Trả lời"));
    api.awaitText(GROUP, "Nhập câu trả lời cho câu hỏi #1");
    api.sendGroupText(GROUP, 77, "Không phải cán bộ nói chen vào");
    api.sendGroupText(GROUP, STAFF, "Dạ có, căng tin tầng 1 bán cơm trưa từ 11 giờ.");
    api.awaitText(GROUP, "Đã gửi câu trả lời cho câu hỏi #1.");

    FakeBotApi.Call told = api.awaitText(42, "Cán bộ Sở trả lời câu hỏi của anh/chị");
    assertThat(told.text()).contains("căng tin tầng 1 bán cơm trưa từ 11 giờ", "(Câu hỏi: Cho hỏi căng tin");
    assertThat(api.textsTo(42)).noneMatch(t -> t.contains("nói chen vào"));
    api.pressAs(GROUP, STAFF, api.messageIdOf(notice), api.buttonData(notice, "Trả lời"));
    api.awaitText(GROUP, "Câu hỏi #1 đã được cán bộ 900 trả lời");
    api.sendGroupText(GROUP, STAFF, "/cauhoi");
    api.awaitText(GROUP, "Không có câu hỏi nào đang chờ trả lời.");
    assertThat(api.textsTo(42).stream().filter(t -> t.contains("Cán bộ Sở trả lời"))).hasSize(1);
  }

  @Test
  void export_arrives_as_a_csv_document_and_statistics_as_an_image() {
    capture(42, "Cơ sở Chè Tân Cương ở Thái Nguyên cần máy sao chè, sdt 0912 345 678, anh Nam");
    capture(43, "HTX Rau Sạch ở Sơn La cần nhà màng, sdt 0977 123 456, \"chị Lan\" & cộng sự, <gấp>");
    api.sendGroupText(GROUP, STAFF, "/xuat@ketnoi_test_bot");
    FakeBotApi.Call csv = api.await(c -> c.method().equals("senddocument")
        && c.body().path("_file_name").asText().endsWith(".csv"), Duration.ofSeconds(10));
    String text = new String(FakeBotApi.fileOf(csv), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = NeedExportTest.parseCsv(text.substring(1));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2).get(rows.get(0).indexOf("Tin nhắn của doanh nghiệp")))
        .contains("\"chị Lan\" & cộng sự, <gấp>");
    api.await(c -> c.method().equals("senddocument")
        && c.body().path("_file_name").asText().endsWith(".jsonl"), Duration.ofSeconds(10));
    api.sendGroupText(GROUP, STAFF, "/thongke");
    FakeBotApi.Call photo = api.await(c -> c.method().equals("sendphoto"), Duration.ofSeconds(20));
    assertThat(new String(FakeBotApi.fileOf(photo), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
