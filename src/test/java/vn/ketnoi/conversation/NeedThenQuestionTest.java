package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.text.Messages;

/** A need that ends with a question is drafted as a need, and its question is answered too. */
class NeedThenQuestionTest {
  private static final Messages MESSAGES = Messages.load();

  @TempDir Path dir;

  @Test
  void the_need_is_drafted_and_the_question_answered_when_the_knowledge_base_knows() {
    try (Chat chat = new Chat(dir.resolve("ketnoi.db"), 51).consented()) {
      chat.say("Công ty TNHH Cơ khí Hòa Phát ở Bình Dương cần dây chuyền sơn tĩnh điện, liên hệ anh"
          + " Tâm 0912 345 678. Cho tôi hỏi Sở có hỗ trợ kinh phí mua máy không ạ?");
      assertThat(chat.lastText()).contains(MESSAGES.get("answer.footer"))
          .contains(MESSAGES.get("summary.header"), "Dây chuyền sơn tĩnh điện", "Bình Dương")
          .doesNotContain(MESSAGES.get("ask.title"));
      assertThat(chat.lastText().indexOf(MESSAGES.get("answer.footer")))
          .isLessThan(chat.lastText().indexOf(MESSAGES.get("summary.header")));
    }
  }

  @Test
  void a_question_nobody_can_answer_does_not_interrupt_the_need() {
    try (Chat chat = new Chat(dir.resolve("ketnoi.db"), 52).consented()) {
      chat.say("Công ty TNHH Cơ khí Hòa Phát ở Bình Dương cần dây chuyền sơn tĩnh điện, liên hệ anh"
          + " Tâm 0912 345 678, cho tôi hỏi bãi đỗ xe của Sở ở cổng nào?");
      assertThat(chat.lastText()).contains(MESSAGES.get("summary.header"))
          .doesNotContain(MESSAGES.get("answer.none"));
    }
  }
}
