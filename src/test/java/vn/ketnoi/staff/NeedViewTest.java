package vn.ketnoi.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.StaffChats;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedExportTest;
import vn.ketnoi.card.Source;

/** What staff see of a need: Vietnamese labels and names, the right source per field, every contact. */
class NeedViewTest {
  @TempDir Path dir;

  private static final String NEED =
      "Công ty TNHH Chè Tân Cương, Thái Nguyên cần dây chuyền sấy chè xanh, kinh phí khoảng 1,5 tỷ,"
          + " muốn Sở hỗ trợ kết nối. Liên hệ anh Nguyễn Văn Nam 0912 345 678";

  @Test
  void xem_is_vietnamese_throughout_names_not_codes() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      String view = chats.say(900, "/xem NC-2026-0001").get(0).text();
      assertThat(view).contains("• Doanh nghiệp: Công ty TNHH Chè Tân Cương [quy tắc]",
          "• Lĩnh vực: Chế biến, bảo quản nông lâm thủy sản, thực phẩm [quy tắc]",
          "• Loại nhu cầu: Thiết bị, máy móc, dây chuyền [quy tắc]",
          "• Kinh phí dự kiến: 1,5 tỷ đồng [quy tắc]",
          "• Mong Sở hỗ trợ: Kết nối, giới thiệu đối tác [quy tắc]",
          "• Tỉnh/thành (hiện nay): Thái Nguyên [bảng tỉnh]",
          "• 2026-11-23 16:00: Mới (doanh nghiệp)");
      assertThat(view).doesNotContain("company_name", "KET_NOI", "ket_noi", "che_bien_bao_quan",
          "thiet_bi", "budget_vnd", "business", "rules");
    }
  }

  @Test
  void a_business_correcting_its_phone_and_budget_is_shown_as_the_businesss_own() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.say(42, "/start");
      chats.press(42, "consent:yes");
      chats.say(42, NEED);
      chats.say(42, "à nhầm, kinh phí 300 triệu thôi");
      chats.say(42, "số điện thoại đúng là 0912 345 679");
      chats.say(42, "ok");
      Need need = chats.needs().get(0);
      assertThat(need.card().phone()).isEqualTo("0912345679");
      assertThat(need.otherContacts()).isEmpty();
      assertThat(need.fieldSources()).containsEntry("phone", Source.USER).containsEntry("budget_vnd_min", Source.USER)
          .containsEntry("budget_vnd_max", Source.USER).containsEntry("sector", Source.RULES);
      String view = chats.say(900, "/xem NC-2026-0001").get(0).text();
      assertThat(view).contains("• Điện thoại: 0912345679 [doanh nghiệp sửa]",
          "• Kinh phí dự kiến: 300 triệu đồng [doanh nghiệp sửa]",
          "• Doanh nghiệp: Công ty TNHH Chè Tân Cương [quy tắc]");
    }
  }

  @Test
  void answers_to_the_bots_questions_and_the_edit_button_are_the_businesss_own() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.say(42, "/start");
      chats.press(42, "consent:yes");
      chats.say(42, "cần máy sấy lúa, kinh phí 2 tỷ");
      assertThat(chats.say(42, "0912 345 678").get(0).text()).contains("tên doanh nghiệp");
      Reply.Choice summary = (Reply.Choice) last(chats.say(42, "Nguyễn Văn Bình"));
      chats.press(42, summary.buttons().get(1).data());
      chats.press(42, "field:budget_vnd_min");
      chats.say(42, "từ 1 tỷ đến 1,5 tỷ");
      chats.say(42, "ok");
      Need need = chats.needs().get(0);
      assertThat(need.fieldSources()).containsEntry("phone", Source.USER).containsEntry("contact_name", Source.USER)
          .containsEntry("budget_vnd_min", Source.USER).containsEntry("sector", Source.RULES);
      assertThat(chats.say(900, "/xem NC-2026-0001").get(0).text())
          .contains("• Điện thoại: 0912345678 [doanh nghiệp sửa]",
              "• Kinh phí dự kiến: từ 1 tỷ đồng đến 1,5 tỷ đồng [doanh nghiệp sửa]");
    }
  }

  @Test
  void a_value_said_again_keeps_its_source() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.say(42, "/start");
      chats.press(42, "consent:yes");
      chats.say(42, NEED);
      chats.say(42, "sđt của tôi vẫn là 0912 345 678 nhé");
      chats.say(42, "ok");
      assertThat(chats.needs().get(0).fieldSources()).containsEntry("phone", Source.RULES);
    }
  }

  @Test
  void two_phones_a_business_gives_are_both_kept_shown_and_exported() throws Exception {
    String twoPhones = "HTX Rau Sạch ở Sơn La cần nhà màng trồng rau thủy canh, chị Lan,"
        + " hai số 0912 345 678 và 0987 654 321, mail lan@rausach.vn";
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.say(42, "/start");
      chats.press(42, "consent:yes");
      String summary = last(chats.say(42, twoPhones)).text();
      assertThat(summary).contains("• Điện thoại: 0912345678", "• Liên hệ khác: 0987654321");
      List<Reply> saved = chats.say(42, "ok");
      assertThat(saved.stream().filter(r -> r instanceof Reply.Notice).map(Reply::text))
          .allMatch(t -> t.contains("0912345678") && t.contains("0987654321"));

      Need need = chats.needs().get(0);
      assertThat(need.card().phone()).isEqualTo("0912345678");
      assertThat(need.card().email()).isEqualTo("lan@rausach.vn");
      assertThat(need.otherContacts()).containsExactly("0987654321");
      assertThat(chats.say(900, "/xem NC-2026-0001").get(0).text())
          .contains("• Liên hệ khác: 0987654321 [quy tắc]");

      List<Reply> export = chats.say(900, "/xuat");
      List<List<String>> rows = NeedExportTest.parseCsv(text(export.get(0)).substring(1));
      assertThat(rows.get(1).get(rows.get(0).indexOf("Điện thoại"))).isEqualTo("0912345678");
      assertThat(rows.get(1).get(rows.get(0).indexOf("Liên hệ khác"))).isEqualTo("0987654321");
      JsonNode row = Json.MAPPER.readTree(text(export.get(1)).lines().findFirst().orElseThrow());
      assertThat(row.get("phone").asText()).isEqualTo("0912345678");
      assertThat(row.get("other_contacts").toString()).isEqualTo("[\"0987654321\"]");

      chats.say(42, "/xoadulieu");
      chats.press(42, "erase:yes");
      assertThat(chats.needs().get(0).otherContacts()).isEmpty();
      String stored = chats.database().transaction(c -> {
        try (var rs = c.createStatement().executeQuery("SELECT other_contacts FROM needs")) {
          return rs.getString(1);
        }
      });
      assertThat(stored).isEqualTo("[]");
    }
    // The extract contract is unchanged: the card keeps one phone, the first.
    var card = new RuleExtractor(new Provinces()).extract(twoPhones, vn.ketnoi.card.NeedCard.EMPTY).card();
    assertThat(card.phone()).isEqualTo("0912345678");
    assertThat(Json.MAPPER.valueToTree(card).has("other_contacts")).isFalse();
  }

  @Test
  void a_second_number_sent_later_is_kept_beside_the_first() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.say(42, "/start");
      chats.press(42, "consent:yes");
      chats.say(42, NEED);
      String summary = last(chats.say(42, "ngoài ra có thể gọi số bàn 0208 3855 123")).text();
      assertThat(summary).contains("Điện thoại: 0912345678", "Liên hệ khác: 02083855123");
    }
  }

  @Test
  void a_new_number_sent_at_the_card_replaces_the_first() {
    for (String correction : List.of("sửa sđt thành 0903 111 333", "sdt moi la 0903 111 333",
        "số điện thoại là 0903 111 333", "à nhầm, số đúng là 0903 111 333")) {
      try (StaffChats chats = new StaffChats(dir.resolve(correction.hashCode() + ".db"))) {
        chats.say(42, "/start");
        chats.press(42, "consent:yes");
        chats.say(42, NEED);
        String summary = last(chats.say(42, correction)).text();
        assertThat(summary).as(correction).contains("Điện thoại: 0903111333")
            .doesNotContain("0912345678", "Liên hệ khác");
      }
    }
  }

  private static Reply last(List<Reply> replies) {
    return replies.get(replies.size() - 1);
  }

  private static String text(Reply document) {
    return new String(((Reply.Document) document).content(), StandardCharsets.UTF_8);
  }
}
