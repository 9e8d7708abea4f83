package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.card.Field;
import vn.ketnoi.extraction.Json;

/** What the bot asked is a type, stored as the key string rows have always held. */
class AskedTest {
  @TempDir Path dir;

  private static final String FULL =
      "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần dây chuyền sấy chè xanh, kinh phí khoảng 1,5 tỷ."
          + " Liên hệ anh Nguyễn Văn Nam 0912 345 678";

  private static String storedJson(Chat chat) {
    return chat.db.transaction(c -> {
      try (var rs = c.createStatement().executeQuery("SELECT state_json FROM chat_states")) {
        return rs.next() ? rs.getString(1) : "";
      }
    });
  }

  private static void store(Chat chat, String json) {
    chat.db.transaction(c -> {
      try (var ps = c.prepareStatement("UPDATE chat_states SET state_json = ?")) {
        ps.setString(1, json);
        return ps.executeUpdate();
      }
    });
  }

  @Test
  void an_old_row_holding_a_key_string_reads_as_the_question_it_names() throws Exception {
    String old = Json.MAPPER.writeValueAsString(ChatState.fresh(1, 1)).replace("\"asked\":null", "\"asked\":\"who\"");
    assertThat(old).contains("\"asked\":\"who\"");
    assertThat(Json.MAPPER.readValue(old, ChatState.class).asked()).isEqualTo(Asked.WHO);
    String edit = old.replace("\"who\"", "\"budget_vnd_min\"");
    assertThat(Json.MAPPER.readValue(edit, ChatState.class).asked().field()).isEqualTo(Field.BUDGET_VND_MIN);
  }

  @Test
  void an_unknown_key_reads_as_nothing_asked() throws Exception {
    String odd = Json.MAPPER.writeValueAsString(ChatState.fresh(1, 1)).replace("\"asked\":null", "\"asked\":\"shoe_size\"");
    assertThat(Json.MAPPER.readValue(odd, ChatState.class).asked()).isNull();
  }

  @Test
  void every_editable_field_has_its_question_and_back() {
    for (Field f : Edits.EDITABLE) {
      assertThat(Asked.editing(f).field()).isEqualTo(f);
      assertThat(Asked.ofKey(Asked.editing(f).key())).isEqualTo(Asked.editing(f));
    }
  }

  @Test
  void an_edit_stored_as_a_key_string_in_an_older_row_continues_after_a_restart() {
    try (Chat chat = new Chat(dir.resolve("ketnoi.db"), 42).consented()) {
      chat.say(FULL);
      chat.tap("Sửa");
      chat.tap("Tỉnh/thành phố");
      String json = storedJson(chat);
      assertThat(json).contains("\"asked\":\"province\"", "EDITING_FIELD");
      store(chat, json);
    }
    try (Chat again = new Chat(dir.resolve("ketnoi.db"), 42)) {
      again.say("Bắc Ninh");
      assertThat(again.lastText()).contains("Phiếu nhu cầu", "Bắc Ninh");
    }
  }
}
