package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.need.Need;

/** What a later message adds to the draft, and what it must leave alone. */
class LaterMessagesTest {
  @TempDir Path dir;

  @Test
  void naming_the_business_after_the_card_fills_who_and_keeps_the_need() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("htx chè Tân Cương bọn em ở Thái Nguyên muốn tìm máy sao chè tự động, kinh phí"
          + " khoảng 800tr, sdt 0912 345 678");
      chat.say("HTX Chè Tân Cương, người liên hệ Nguyễn Văn Hùng");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "Nguyễn Văn Hùng");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().title()).containsIgnoringCase("máy sao chè");
      assertThat(need.card().contactName()).isEqualTo("Nguyễn Văn Hùng");
    }
  }
}
