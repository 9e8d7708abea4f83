package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;
import vn.ketnoi.text.Messages;

/** Button data is made and read in one place: what is rendered parses back; anything else expires. */
class ButtonDataTest {

  private static List<ButtonData> everyKind() {
    List<ButtonData> all = new ArrayList<>(List.of(
        new ButtonData.Consent(true), new ButtonData.Consent(false),
        new ButtonData.Erase(true), new ButtonData.Erase(false),
        new ButtonData.Reuse(true), new ButtonData.Reuse(false),
        new ButtonData.Confirm("d-1"), new ButtonData.Edit("d-1"), new ButtonData.Cancel("d-1"),
        new ButtonData.PassQuestion(), new ButtonData.Details("NC-2026-0001"),
        new ButtonData.PickBudget("d-1", 2_500_000_000L)));
    for (Field f : Edits.EDITABLE) {
      all.add(new ButtonData.PickField(f));
    }
    for (Sector s : Sector.values()) {
      all.add(new ButtonData.PickSector(s));
    }
    for (NeedType t : NeedType.values()) {
      all.add(new ButtonData.PickNeedType(t));
    }
    return all;
  }

  @Test
  void every_button_the_conversation_makes_parses_back_to_itself() {
    for (ButtonData data : everyKind()) {
      assertThat(ButtonData.parse(data.render())).isEqualTo(data);
    }
  }

  @Test
  void the_wire_format_stays_what_older_messages_carry() {
    assertThat(new ButtonData.Consent(true).render()).isEqualTo("consent:yes");
    assertThat(new ButtonData.Confirm("abc").render()).isEqualTo("confirm:abc");
    assertThat(new ButtonData.PickField(Field.BUDGET_VND_MIN).render()).isEqualTo("field:budget_vnd_min");
    assertThat(new ButtonData.PassQuestion().render()).isEqualTo("ask:staff");
    assertThat(new ButtonData.Details("NC-2026-0001").render()).isEqualTo("details:NC-2026-0001");
  }

  @Test
  void unknown_or_forged_data_parses_to_expired_and_never_throws() {
    for (String forged : new String[] {"", ":", "nonsense", "field:password", "sector:", "type:DROP TABLE",
        "sector:../../etc", "staff:status:1", "field", "budget:", "budget:d-1", "budget:d-1:2 tỷ",
        "budget:d-1:99999999999999999999", null}) {
      assertThat(ButtonData.parse(forged)).as(String.valueOf(forged)).isInstanceOf(ButtonData.Expired.class);
    }
  }

  @Test
  void a_budget_button_fits_telegrams_64_bytes_for_any_amount() {
    String draftId = Draft.empty().id();
    String data = new ButtonData.PickBudget(draftId, Long.MAX_VALUE).render();
    assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
    assertThat(ButtonData.parse(data)).isEqualTo(new ButtonData.PickBudget(draftId, Long.MAX_VALUE));
  }

  @Test
  void a_forged_press_in_the_chat_is_answered_as_expired(@TempDir Path dir) {
    try (Chat chat = new Chat(dir.resolve("ketnoi.db"), 42).consented()) {
      chat.say("Công ty Chè Tân Cương cần máy sấy chè, anh Nam 0912 345 678");
      chat.press("field:password");
      assertThat(chat.lastText()).isEqualTo(Messages.load().get("button.expired"));
    }
  }
}
