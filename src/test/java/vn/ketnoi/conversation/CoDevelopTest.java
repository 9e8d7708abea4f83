package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;

/** Finding a partner to develop something with is research cooperation, told in full. */
class CoDevelopTest {
  @TempDir Path dir;

  private static final String STARTUP = "Hi team, em là Khoa, founder startup AgriSense ở Đà Nẵng."
      + " Tụi em đang build một con app AI detect bệnh trên lá sầu riêng bằng camera điện thoại,"
      + " cần partner có dataset và chuyên môn bệnh cây để co-develop, có thể là viện hoặc trường."
      + " SĐT 0905 123 456";

  @Test
  void a_partner_to_co_develop_with_is_research_cooperation() {
    RuleExtractor rules = new RuleExtractor(new Provinces());
    for (String text : new String[] {STARTUP,
        "Công ty em cần tìm viện/trường hợp tác phát triển cảm biến đo độ ẩm đất, sdt 0912345678",
        "cty em can tim truong dai hoc dong phat trien thiet bi do pH, sdt 0912345678"}) {
      NeedCard card = rules.extract(text, NeedCard.EMPTY).card();
      assertThat(card.needType()).as(text).isEqualTo(NeedType.HOP_TAC_NGHIEN_CUU);
    }
  }

  @Test
  void the_description_keeps_what_is_built_and_a_sentence_keeps_its_capital() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(STARTUP);
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "Hợp tác nghiên cứu")
          .contains("build một con app AI detect bệnh trên lá sầu riêng bằng camera điện thoại")
          .doesNotContain(". cần partner");
    }
  }
}
