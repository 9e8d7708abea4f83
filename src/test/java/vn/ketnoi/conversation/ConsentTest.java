package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.need.Need;

/** What declining consent says and does, with and without needs saved before. */
class ConsentTest {
  @TempDir Path dir;

  private static final String FULL =
      "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần dây chuyền sấy chè xanh, kinh phí khoảng 1,5 tỷ."
          + " Liên hệ anh Nguyễn Văn Nam 0912 345 678";

  private Chat chat() {
    return new Chat(dir.resolve("ketnoi.db"), 42);
  }

  /** A business that saved a need and is asked again (the privacy notice got a new version). */
  private static Chat withSavedNeedAskedAgain(Chat chat) throws Exception {
    chat.consented();
    chat.say(FULL);
    chat.tap("Xác nhận");
    chat.db.transaction(c -> {
      try (Statement s = c.createStatement()) {
        return s.executeUpdate("UPDATE users SET consent_version = '2025-01'");
      }
    });
    chat.say("Cho em bổ sung: cần thêm máy vò chè");
    assertThat(chat.lastText()).contains("có đồng ý");
    return chat;
  }

  @Test
  void declining_with_a_saved_need_says_it_is_kept_and_offers_the_erasure() throws Exception {
    try (Chat chat = withSavedNeedAskedAgain(chat())) {
      chat.tap("Không đồng ý");
      String answer = chat.lastText();
      assertThat(answer).contains("vẫn lưu 1 nhu cầu", "NC-2026-0001", "thông tin liên hệ", "/xoadulieu")
          .doesNotContain("không lưu thông tin nào");
      assertThat(((Reply.Choice) chat.last.get(0)).buttons()).extracting(Reply.Button::label)
          .containsExactly("Xóa dữ liệu", "Không xóa");
      assertThat(chat.needs.all().get(0).card().phone()).isEqualTo("0912345678");

      chat.tap("Xóa dữ liệu");
      assertThat(chat.lastText()).contains("Đã xóa dữ liệu cá nhân", "1 nhu cầu");
      Need need = chat.needs.all().get(0);
      assertThat(need.erased()).isTrue();
      assertThat(need.card().phone()).isNull();
      // Nothing saved remains, so declining again is today's answer, and true.
      chat.say("/start");
      chat.tap("Không đồng ý");
      assertThat(chat.lastText()).contains("không lưu thông tin nào");
    }
  }

  @Test
  void a_typed_decline_with_a_saved_need_gets_the_same_answer_and_keep_leaves_the_need() throws Exception {
    try (Chat chat = withSavedNeedAskedAgain(chat())) {
      chat.say("không đồng ý");
      assertThat(chat.lastText()).contains("vẫn lưu 1 nhu cầu", "/xoadulieu");
      chat.tap("Không xóa");
      assertThat(chat.lastText()).contains("được giữ nguyên").doesNotContain("mô tả nhu cầu");
      assertThat(chat.needs.all().get(0).erased()).isFalse();
      // The erasure stays available by command, without consent.
      chat.say("/xoadulieu");
      chat.tap("Xóa dữ liệu");
      assertThat(chat.needs.all().get(0).erased()).isTrue();
    }
  }

  @Test
  void after_declining_and_keeping_the_saved_needs_the_next_message_is_not_held() throws Exception {
    try (Chat chat = withSavedNeedAskedAgain(chat())) {
      chat.tap("Không đồng ý");
      chat.tap("Không xóa");
      chat.say("Bên em cần thêm máy đóng gói, gọi 0987 654 321");
      assertThat(chat.lastText()).contains("không được lưu");
      String state = chat.db.transaction(c -> {
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
            "SELECT state_json FROM chat_states WHERE chat_id = 42")) {
          return rs.next() ? rs.getString(1) : "";
        }
      });
      assertThat(state).doesNotContain("0987 654 321", "máy đóng gói");
    }
  }

  @Test
  void declining_without_saved_needs_keeps_todays_answer_pressed_or_typed() {
    try (Chat chat = chat()) {
      chat.say(FULL);
      chat.tap("Không đồng ý");
      assertThat(chat.lastText()).contains("không lưu thông tin nào");
      assertThat(chat.last.get(0)).isNotInstanceOf(Reply.Choice.class);
      chat.say("/start");
      chat.say("ko");
      assertThat(chat.lastText()).contains("không lưu thông tin nào");
      assertThat(chat.needs.all()).isEmpty();
    }
  }

  @Test
  void a_message_before_the_notice_is_held_even_if_it_starts_with_no() {
    try (Chat chat = chat()) {
      chat.say("không");
      assertThat(chat.lastText()).contains("có đồng ý"); // the notice, not a decline
      chat.say("Không biết Sở có hỗ trợ máy sấy chè không");
      assertThat(chat.lastText()).contains("được giữ lại");
    }
  }
}
