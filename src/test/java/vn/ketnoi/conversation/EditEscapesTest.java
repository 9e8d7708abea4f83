package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.need.Need;

/** "Sửa" → a field, and the ways back out of its prompt without throwing the card away. */
class EditEscapesTest {
  @TempDir Path dir;

  private static final String NEED = "cty noi that Go Dep o Nghe An can dao tao tho van hanh may CNC 5 truc,"
      + " kinh phi 80tr, 0238 3999 888, cty TNHH Noi that Go Dep, a Vinh";

  @Test
  void quay_lai_keeps_the_budget_and_shows_the_card_again() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(NEED);
      chat.tap("Sửa");
      chat.tap("Kinh phí dự kiến");
      chat.say("quay lai");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "80 triệu");
      chat.say("ok");
      assertThat(chat.needs.all()).extracting(n -> n.card().budgetVndMax()).containsExactly(80_000_000L);
    }
  }

  @Test
  void chua_biet_leaves_the_budget_unknown() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(NEED);
      chat.tap("Sửa");
      chat.tap("Kinh phí dự kiến");
      chat.say("chua biet nua");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "Kinh phí dự kiến: chưa rõ");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().budgetVndMin()).isNull();
      assertThat(need.card().budgetVndMax()).isNull();
      assertThat(need.sourceText()).contains("chua biet nua");
    }
  }

  @Test
  void an_unreadable_amount_is_asked_again_with_the_ways_out() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(NEED);
      chat.tap("Sửa");
      chat.tap("Kinh phí dự kiến");
      chat.say("tam tam thoi");
      assertThat(chat.lastText()).contains("chưa đọc được số tiền", "chưa biết", "quay lại");
    }
  }

  @Test
  void quay_lai_leaves_a_name_as_it_was() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(NEED);
      chat.tap("Sửa");
      chat.tap("Doanh nghiệp");
      chat.say("Quay lại nhé");
      chat.say("ok");
      assertThat(chat.needs.all().get(0).card().companyName()).isEqualTo("cty TNHH Noi that Go Dep");
    }
  }
}
