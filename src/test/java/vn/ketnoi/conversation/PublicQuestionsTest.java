package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.extraction.Json;

/** Public questions are answered before consent; a need waits for it; a decline holds nothing. */
class PublicQuestionsTest {
  @TempDir Path dir;

  private static final String NEED =
      "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần dây chuyền sấy chè xanh, kinh phí khoảng 1,5 tỷ."
          + " Liên hệ anh Nguyễn Văn Nam 0912 345 678";

  private Chat chat() {
    return new Chat(dir.resolve("ketnoi.db"), 42);
  }

  /** The chat's stored state, as the next turn will read it. */
  private static Optional<ChatState> stored(Chat chat) throws Exception {
    String json = chat.db.transaction(c -> {
      try (var rs = c.createStatement().executeQuery("SELECT state_json FROM chat_states")) {
        return rs.next() ? rs.getString(1) : null;
      }
    });
    return json == null ? Optional.empty() : Optional.of(Json.MAPPER.readValue(json, ChatState.class));
  }

  private static int rows(Chat chat, String table) {
    return chat.db.transaction(c -> {
      try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  @Test
  void a_question_before_consent_is_answered_at_once_and_nothing_is_stored() throws Exception {
    try (Chat chat = chat()) {
      chat.say("Sở có hỗ trợ kinh phí mua máy không ạ?");
      assertThat(chat.lastText()).contains("Thông tin chỉ để tham khảo").doesNotContain("có đồng ý");
      ChatState state = stored(chat).orElseThrow();
      assertThat(state.heldText()).isNull();
      assertThat(state.draft().isEmpty()).isTrue();
      assertThat(state.pendingQuestion()).isNull();
      assertThat(rows(chat, "users")).isZero();
      assertThat(rows(chat, "questions")).isZero();
    }
  }

  @Test
  void a_question_without_marks_after_the_notice_is_answered_and_the_notice_still_waits() throws Exception {
    try (Chat chat = chat()) {
      chat.say("/start");
      chat.say("so co ho tro tien mua may ko a");
      assertThat(chat.lastText()).contains("Thông tin chỉ để tham khảo");
      assertThat(stored(chat).orElseThrow().heldText()).isNull();
      chat.say("đồng ý");
      assertThat(chat.lastText()).contains("Cảm ơn anh/chị đã đồng ý").doesNotContain("Phiếu nhu cầu");
    }
  }

  @Test
  void a_question_nothing_answers_before_consent_says_so_and_can_go_to_staff_after() {
    try (Chat chat = new Chat(dir.resolve("q.db"), 42)) {
      chat.say("Cho hỏi xe khách từ huyện lên Sở mấy giờ chạy?");
      assertThat(chat.lastText()).contains("chưa có sẵn thông tin", "cán bộ Sở");
      chat.tap("Đồng ý");
      chat.tap("Chuyển câu hỏi");
      assertThat(chat.lastText()).contains("Đã chuyển câu hỏi");
    }
  }

  @Test
  void a_need_before_consent_is_held_then_processed_on_consent() throws Exception {
    try (Chat chat = chat()) {
      chat.say("Sở có hỗ trợ kinh phí mua máy không ạ?");
      chat.say(NEED);
      assertThat(chat.lastText()).contains("có đồng ý");
      assertThat(stored(chat).orElseThrow().heldText()).contains("Chè Tân Cương");
      assertThat(chat.needs.all()).isEmpty();
      chat.tap("Đồng ý");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "Công ty TNHH Chè Tân Cương");
      assertThat(stored(chat).orElseThrow().heldText()).isNull();
    }
  }

  @Test
  void after_a_decline_the_next_message_is_not_held_and_consent_is_offered_again() throws Exception {
    try (Chat chat = chat()) {
      chat.say(NEED);
      chat.tap("Không đồng ý");
      chat.say("Công ty em cần máy sấy chè, số 0912 345 678");
      assertThat(chat.lastText()).contains("không được lưu");
      ChatState state = stored(chat).orElseThrow();
      assertThat(state.heldText()).isNull();
      assertThat(state.draft().isEmpty()).isTrue();
      chat.tap("Đồng ý");
      assertThat(chat.lastText()).contains("Cảm ơn anh/chị đã đồng ý").doesNotContain("Phiếu nhu cầu", "0912");
    }
  }

  @Test
  void after_a_decline_a_public_question_is_still_answered() throws Exception {
    try (Chat chat = chat()) {
      chat.say("/start");
      chat.say("không đồng ý");
      chat.say("cho hỏi sở có hỗ trợ làm nhãn hiệu không");
      assertThat(chat.lastText()).contains("Thông tin chỉ để tham khảo");
      assertThat(stored(chat).orElseThrow().heldText()).isNull();
    }
  }
}
