package vn.ketnoi.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.StaffChats;
import vn.ketnoi.need.NeedExportTest;

/** Questions passed to staff, through the real core: staff 900 and 901, no staff group. */
class QuestionDeskTest {
  @TempDir Path dir;

  private static final String NEED =
      "Công ty TNHH Chè Tân Cương, Thái Nguyên cần dây chuyền sấy chè xanh,"
          + " kinh phí khoảng 1,5 tỷ. Liên hệ anh Nguyễn Văn Nam 0912 345 678";
  private static final String QUESTION = "Cho hỏi Sở có chỗ đỗ xe tải cho khách đến làm việc không ạ?";
  private static final String ANSWER = "Dạ có, bãi đỗ phía sau tòa nhà, vào cổng số 2.";

  /** The business asks, the knowledge base has nothing, they pass it on; the notices to staff. */
  private static List<Reply.Notice> ask(StaffChats chats, long business, String question) {
    List<Reply> none = chats.say(business, question);
    assertThat(none).anySatisfy(r -> assertThat(r.text()).contains("chưa tìm thấy thông tin"));
    List<Reply> passed = chats.press(business, "ask:staff");
    assertThat(passed.get(0).text()).startsWith("Đã chuyển câu hỏi tới cán bộ Sở");
    return notices(passed);
  }

  private static List<Reply.Notice> notices(List<Reply> replies) {
    return replies.stream().filter(r -> r instanceof Reply.Notice).map(r -> (Reply.Notice) r).toList();
  }

  private static String answerData(Reply.Notice notice) {
    assertThat(notice.buttons()).extracting(Reply.Button::label).containsExactly("Trả lời");
    return notice.buttons().get(0).data();
  }

  private static void consent(StaffChats chats, long business) {
    chats.say(business, "/start");
    chats.press(business, "consent:yes");
  }

  @Test
  void a_passed_question_reaches_each_staff_member_with_who_asked_and_an_answer_button() {
    try (StaffChats chats = new StaffChats(dir.resolve("q.db"))) {
      chats.business(42, NEED);
      List<Reply.Notice> notices = ask(chats, 42, QUESTION);
      assertThat(notices).extracting(Reply.Notice::chatId).containsExactlyInAnyOrder(900L, 901L);
      assertThat(notices.get(0).text()).contains("Câu hỏi mới #1", QUESTION, "Công ty TNHH Chè Tân Cương",
          "Nguyễn Văn Nam");
      answerData(notices.get(0));
    }
  }

  @Test
  void a_business_known_from_nothing_is_named_chua_ro_and_one_with_a_draft_by_the_draft() {
    try (StaffChats chats = new StaffChats(dir.resolve("q.db"))) {
      consent(chats, 43);
      assertThat(ask(chats, 43, QUESTION).get(0).text()).contains("từ chưa rõ:");
      consent(chats, 44);
      chats.say(44, "HTX Rau Sạch Mộc Châu cần nhà màng trồng rau");
      assertThat(ask(chats, 44, QUESTION).get(0).text()).contains("từ HTX Rau Sạch Mộc Châu");
    }
  }

  @Test
  void the_typed_answer_reaches_the_business_and_the_question_is_answered_once() {
    try (StaffChats chats = new StaffChats(dir.resolve("q.db"))) {
      chats.business(42, NEED);
      String data = answerData(ask(chats, 42, QUESTION).get(0));
      List<Reply> prompt = chats.press(900, data);
      assertThat(prompt.get(0).text()).contains("Nhập câu trả lời cho câu hỏi #1", QUESTION);

      List<Reply> sent = chats.say(900, ANSWER);
      assertThat(sent.get(0).text()).isEqualTo("Đã gửi câu trả lời cho câu hỏi #1.");
      List<Reply.Notice> toBusiness = notices(sent);
      assertThat(toBusiness).extracting(Reply.Notice::chatId).containsExactly(42L);
      assertThat(toBusiness.get(0).text())
          .startsWith("Cán bộ Sở trả lời câu hỏi của anh/chị: " + ANSWER).contains(QUESTION);
      assertThat(chats.audit().actions(null)).filteredOn(a -> a.action().equals("tra_loi_cau_hoi"))
          .singleElement().satisfies(a -> {
            assertThat(a.staffUserId()).isEqualTo(900L);
            assertThat(a.after()).isEqualTo("1");
            assertThat(a.note()).isNull();
          });

      assertThat(chats.press(901, data).get(0).text())
          .isEqualTo("Câu hỏi #1 đã được cán bộ 900 trả lời lúc 2026-11-23 16:00.");
      assertThat(chats.say(900, "/cauhoi").get(0).text()).isEqualTo("Không có câu hỏi nào đang chờ trả lời.");
      List<Reply> all = chats.say(900, "/cauhoi tatca");
      assertThat(all.get(1).text()).contains("#1", QUESTION,
          "Đã trả lời lúc 2026-11-23 16:00 (cán bộ 900): " + ANSWER);
      assertThat(all.get(1)).isInstanceOf(Reply.Text.class);
    }
  }

  @Test
  void a_second_staff_member_typing_after_the_first_answered_is_told_and_sends_nothing() {
    try (StaffChats chats = new StaffChats(dir.resolve("q.db"))) {
      chats.business(42, NEED);
      String data = answerData(ask(chats, 42, QUESTION).get(0));
      chats.press(900, data);
      chats.press(901, data);
      chats.say(900, ANSWER);
      List<Reply> late = chats.say(901, "Có ạ");
      assertThat(late).singleElement().extracting(Reply::text)
          .isEqualTo("Câu hỏi #1 đã được cán bộ 900 trả lời lúc 2026-11-23 16:00.");
    }
  }

  @Test
  void forged_stale_and_outsider_buttons_answer_politely_and_change_nothing() {
    try (StaffChats chats = new StaffChats(dir.resolve("q.db"))) {
      chats.business(42, NEED);
      String data = answerData(ask(chats, 42, QUESTION).get(0));
      assertThat(chats.press(42, data).get(0).text()).isEqualTo("Lệnh này chỉ dành cho cán bộ Sở.");
      assertThat(chats.say(42, "/cauhoi").get(0).text()).isEqualTo("Lệnh này chỉ dành cho cán bộ Sở.");
      for (String forged : List.of("sq:999", "sq:abc", "sq:", "sq:1:2", "sq:-1")) {
        assertThat(chats.press(900, forged)).as(forged).singleElement().extracting(Reply::text)
            .asString().startsWith("Nút này đã hết hạn");
      }
      chats.press(900, data);
      assertThat(chats.press(900, "sq:cancel").get(0).text()).contains("vẫn chờ trả lời");
      assertThat(chats.press(900, "sq:cancel").get(0).text()).startsWith("Nút này đã hết hạn");
      List<Reply> open = chats.say(900, "/cauhoi");
      assertThat(open.get(0).text()).isEqualTo("Có 1 câu hỏi chưa trả lời, mới nhất trước:");
      assertThat(open.get(1)).isInstanceOf(Reply.Choice.class);
      assertThat(chats.audit().actions(null)).noneMatch(a -> a.action().equals("tra_loi_cau_hoi"));
    }
  }

  @Test
  void cauhoi_lists_open_questions_newest_first_each_with_its_own_button() {
    try (StaffChats chats = new StaffChats(dir.resolve("q.db"))) {
      chats.business(42, NEED);
      ask(chats, 42, QUESTION);
      consent(chats, 43);
      ask(chats, 43, "Cho hỏi căng tin của Sở có bán cơm trưa cho khách không?");
      List<Reply> list = chats.say(901, "/cauhoi");
      assertThat(list).hasSize(3);
      assertThat(list.get(0).text()).startsWith("Có 2 câu hỏi chưa trả lời");
      assertThat(list.get(1).text()).startsWith("#2 · 2026-11-23 16:00 · chưa rõ").contains("căng tin");
      assertThat(list.get(2).text()).startsWith("#1 · 2026-11-23 16:00 · Công ty TNHH Chè Tân Cương");
      assertThat(((Reply.Choice) list.get(1)).buttons()).extracting(Reply.Button::data).containsExactly("sq:2");
      assertThat(((Reply.Choice) list.get(2)).buttons()).extracting(Reply.Button::data).containsExactly("sq:1");
    }
  }

  @Test
  void xuat_sends_the_questions_as_a_third_csv_with_local_times() {
    try (StaffChats chats = new StaffChats(dir.resolve("q.db"))) {
      chats.business(42, NEED);
      chats.press(900, answerData(ask(chats, 42, QUESTION).get(0)));
      chats.say(900, ANSWER);
      consent(chats, 43);
      ask(chats, 43, "Cho hỏi căng tin của Sở có bán cơm trưa, \"cơm văn phòng\" không?");
      List<Reply> export = chats.say(900, "/xuat");
      assertThat(export).hasSize(4);
      Reply.Document csv = (Reply.Document) export.get(3);
      assertThat(csv.fileName()).startsWith("cau-hoi-").endsWith(".csv");
      String text = new String(csv.content(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFF");
      List<List<String>> rows = NeedExportTest.parseCsv(text.substring(1));
      assertThat(rows.get(0)).containsExactly("Mã", "Thời gian hỏi", "Doanh nghiệp", "Câu hỏi",
          "Trạng thái", "Trả lời", "Cán bộ", "Thời gian trả lời");
      assertThat(rows.get(1)).containsExactly("1", "2026-11-23 16:00:00",
          "Công ty TNHH Chè Tân Cương · Nguyễn Văn Nam", QUESTION, "đã trả lời", ANSWER, "900",
          "2026-11-23 16:00:00");
      assertThat(rows.get(2)).containsExactly("2", "2026-11-23 16:00:00", "",
          "Cho hỏi căng tin của Sở có bán cơm trưa, \"cơm văn phòng\" không?", "chưa trả lời", "", "", "");
    }
  }
}
