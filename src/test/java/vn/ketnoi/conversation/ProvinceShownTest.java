package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.need.Need;

/**
 * A pre-2025 province is shown with the unit it now belongs to, and stored as the business
 * named it (need-card.md) beside that unit; a town the place list knows gives its province.
 */
class ProvinceShownTest {
  @TempDir Path dir;

  @Test
  void an_old_province_is_shown_with_its_current_unit_and_stored_as_named() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("Công ty TNHH Gỗ Phú Tài ở Bình Định cần dây chuyền sơn tự động cho đồ gỗ,"
          + " sdt 0912 345 678");
      assertThat(chat.lastText()).contains("Bình Định (nay thuộc Gia Lai)");
      chat.tap("Xác nhận");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().province()).isEqualTo("Bình Định");
      assertThat(need.provinceCurrent()).isEqualTo("Gia Lai");
    }
  }

  @Test
  void a_current_province_is_shown_alone() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("Công ty TNHH Gỗ Phú Tài ở Gia Lai cần dây chuyền sơn tự động cho đồ gỗ,"
          + " sdt 0912 345 678");
      assertThat(chat.lastText()).contains("Gia Lai").doesNotContain("nay thuộc");
    }
  }

  @Test
  void a_town_the_list_knows_gives_its_province() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("HTX Sau Rieng Ngu Hiep, Cai Lay can kho lanh bao quan sau rieng, sdt 0912 345 678");
      assertThat(chat.lastText()).contains("Tiền Giang (nay thuộc Đồng Tháp)");
    }
  }
}
