package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ketnoi.need.Need;
import vn.ketnoi.card.Source;

/** Scripted conversations: every choice answered in words, context messages kept. */
class NaturalRepliesTest {
  @TempDir Path dir;

  static final String FULL =
      "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần dây chuyền sấy chè xanh, kinh phí khoảng 1,5 tỷ."
          + " Liên hệ anh Nguyễn Văn Nam 0912 345 678";

  private Chat chat() {
    return new Chat(dir.resolve("ketnoi.db"), 42);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dong y", "Đồng ý", "dạ em đồng ý ạ", "ok e", "vâng", "uh", "👍"})
  void consent_typed_in_words_is_consent_and_the_held_message_is_processed(String reply) {
    try (Chat chat = chat()) {
      chat.say(FULL);
      assertThat(chat.lastText()).contains("có đồng ý");
      chat.say(reply);
      assertThat(chat.lastText()).contains("Cảm ơn anh/chị đã đồng ý", "Phiếu nhu cầu")
          .doesNotContain("Xin lỗi", "Xin chào anh/chị!");
    }
  }

  @Test
  void a_question_back_at_consent_is_neither_yes_nor_no() {
    try (Chat chat = chat()) {
      chat.say("/start");
      chat.say("để em hỏi giám đốc đã");
      assertThat(chat.lastText()).contains("\"Đồng ý\"");
      assertThat(chat.needs.all()).isEmpty();
      chat.say("không đồng ý");
      assertThat(chat.lastText()).contains("không lưu thông tin nào");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"đúng rồi em", "uh", "ok e", "dạ đúng rồi ạ", "vâng", "chuẩn", "ko sai gì, xác nhận",
      "Xác nhận", "xac nhan nhe"})
  void the_summary_confirmed_in_words_is_saved(String reply) {
    try (Chat chat = chat().consented()) {
      chat.say(FULL);
      chat.say(reply);
      assertThat(chat.lastText()).contains("NC-2026-0001");
      assertThat(chat.needs.all()).hasSize(1);
    }
  }

  @Test
  void a_correction_at_the_summary_is_applied_not_taken_for_yes() {
    try (Chat chat = chat().consented()) {
      chat.say(FULL);
      chat.say("ok nhưng sửa sđt thành 0987 654 321");
      assertThat(chat.needs.all()).isEmpty();
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "0987654321");
      chat.say("sai rồi");
      assertThat(chat.lastText()).contains("muốn sửa thông tin nào");
      assertThat(chat.needs.all()).isEmpty();
    }
  }

  @Test
  void something_else_at_the_summary_gets_one_short_line_and_the_card_waits() {
    try (Chat chat = chat().consented()) {
      chat.say(FULL);
      chat.say("để em hỏi giám đốc đã");
      assertThat(chat.last).hasSize(1);
      assertThat(chat.lastText()).contains("Xác nhận").hasSizeLessThan(120);
      assertThat(chat.needs.all()).isEmpty();
      chat.say("Hủy");
      assertThat(chat.lastText()).contains("Đã hủy");
    }
  }

  @Test
  void a_typed_yes_or_no_answers_the_erasure() {
    try (Chat chat = chat().consented()) {
      chat.say(FULL);
      chat.say("ok");
      chat.say("/xoadulieu");
      chat.say("thôi, giữ lại");
      assertThat(chat.lastText()).contains("được giữ nguyên");
      chat.say("/xoadulieu");
      chat.say("xóa đi em");
      assertThat(chat.lastText()).contains("Đã xóa dữ liệu cá nhân");
      assertThat(chat.needs.all().get(0).erased()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cam on nhe", "cảm ơn em", "Cám ơn nhiều ạ", "tks"})
  void thanks_get_a_short_polite_answer_not_a_greeting(String thanks) {
    try (Chat chat = chat().consented()) {
      chat.say(FULL);
      chat.say("ok");
      chat.say(thanks);
      assertThat(chat.lastText()).contains("không có gì").doesNotContain("Xin chào");
      assertThat(chat.needs.all()).hasSize(1);
    }
  }

  @Test
  void a_context_message_is_merged_and_answered_with_the_next_question() {
    try (Chat chat = chat().consented()) {
      chat.say("nhà chị làm bánh tráng ở Trảng Bàng, Tây Ninh");
      assertThat(chat.lastText()).doesNotContain("chưa rõ").contains("cần công nghệ, thiết bị");
      chat.say("cần máy tráng bánh tự động");
      chat.say("0912 345 678, chị Lan");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().province()).isEqualTo("Tây Ninh");
      assertThat(need.card().products()).containsExactly("bánh tráng");
      assertThat(need.sourceText()).contains("nhà chị làm bánh tráng ở Trảng Bàng, Tây Ninh",
          "máy tráng bánh tự động");
    }
  }

  @Test
  void a_corrected_budget_leaves_no_old_amount_and_a_title_edit_keeps_the_description() {
    try (Chat chat = chat().consented()) {
      chat.say(FULL);
      chat.say("à nhầm, kinh phí 2 tỷ");
      assertThat(chat.lastText()).contains("2 tỷ đồng").doesNotContain("1,5 tỷ");
      chat.tap("Sửa");
      chat.tap("Nội dung nhu cầu");
      chat.say("Dây chuyền sấy chè xanh công suất 1 tấn/ngày");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().title()).isEqualTo("Dây chuyền sấy chè xanh công suất 1 tấn/ngày");
      assertThat(need.card().description()).contains("dây chuyền sấy chè xanh")
          .doesNotContain("1,5 tỷ", "0912", "công suất");
      assertThat(need.card().budgetVndMin()).isEqualTo(2_000_000_000L);
    }
  }

  @Test
  void a_returning_business_is_offered_its_last_contact_in_one_tap() {
    try (Chat chat = chat().consented()) {
      chat.say(FULL);
      chat.say("ok");
      chat.say("bên em cần thêm máy vò chè tự động");
      assertThat(chat.lastText()).contains("Dùng lại số 0912345678 của anh/chị").hasSizeLessThan(80);
      chat.tap("Dùng lại");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "0912345678");
      chat.say("đúng rồi");
      assertThat(chat.needs.all()).hasSize(2);
      assertThat(chat.needs.all().get(1).fieldSources()).containsEntry("phone", Source.USER);

      chat.say("cần thêm máy sàng chè");
      chat.say("nhập mới");
      chat.say("không");
      assertThat(chat.lastText()).contains("số điện thoại (hoặc email)");
      chat.say("0987 654 321");
      assertThat(chat.lastText()).contains("tên doanh nghiệp");
    }
  }
}
