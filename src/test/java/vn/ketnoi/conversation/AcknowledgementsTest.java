package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An answer to something other than the question asked is said back before asking again. */
class AcknowledgementsTest {
  @TempDir Path dir;

  private static final String NEED = "HTX Chè Tân Cương cần máy sao chè tự động";

  @Test
  void a_budget_given_while_the_phone_was_asked_is_said_back_before_the_question() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(NEED);
      String question = chat.lastText();
      assertThat(question).contains("số điện thoại");
      chat.say("Kinh phí chắc khoảng 150 triệu");
      assertThat(chat.lastText()).startsWith("Dạ, đã ghi kinh phí dự kiến 150 triệu đồng.")
          .contains("số điện thoại").isNotEqualTo(question);
      chat.say("0912 345 678");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "150 triệu đồng");
    }
  }

  @Test
  void a_code_said_back_mid_sentence_takes_a_small_letter_and_does_not_repeat_the_label() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(NEED);
      chat.say("mong Sở hỗ trợ kinh phí");
      assertThat(chat.lastText()).contains("mong Sở hỗ trợ kinh phí").doesNotContain("hỗ trợ Hỗ trợ");
    }
  }

  @Test
  void a_place_given_while_the_phone_was_asked_is_said_back_too() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(NEED);
      chat.say("bên em ở Phú Thọ");
      assertThat(chat.lastText()).contains("Dạ, đã ghi tỉnh/thành phố Phú Thọ", "số điện thoại");
    }
  }

  @Test
  void a_budget_in_dollars_is_noted_as_written_and_the_amount_in_dong_is_asked() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(NEED);
      chat.say("budget tầm 50k USD nha");
      assertThat(chat.lastText()).contains("50k USD", "ngoại tệ", "bằng đồng", "số điện thoại")
          .doesNotContain("chưa rõ ý này");
      chat.say("0912 345 678");
      chat.tap("Xác nhận");
      assertThat(chat.needs.all().get(0).sourceText()).contains("50k USD");
    }
  }

  @Test
  void a_first_message_with_only_a_dollar_budget_is_not_called_unclear() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("budget tầm 50k USD nha");
      assertThat(chat.lastText()).contains("50k USD", "bằng đồng").doesNotContain("chưa rõ ý này");
    }
  }
}
