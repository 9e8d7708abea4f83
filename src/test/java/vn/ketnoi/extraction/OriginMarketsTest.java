package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.OriginScope;

/** An export market is not the technology's origin; an e-mail or a web address names nothing. */
class OriginMarketsTest {
  private static final RuleExtractor RULES = new RuleExtractor(new Provinces());

  private static NeedCard read(String text) {
    return RULES.extract(text, NeedCard.EMPTY).card();
  }

  @Test
  void an_export_market_several_words_after_the_verb_is_not_an_origin() {
    for (String text : new String[] {
        "HTX minh trong sau rieng, xuat khau sau rieng Ri6 sang Trung Quoc, can kho lanh bao quan,"
            + " sdt 0912345678",
        "HTX mình xuất khẩu sầu riêng Ri6 sang Trung Quốc, cần kho lạnh bảo quản, sdt 0912345678",
        "Công ty em bán chè sang Nhật, cần máy sấy chè, sdt 0912345678",
        "Cong ty em ban che xanh dong goi qua Nhat, can may say che, sdt 0912345678",
        "Bên em xuất hàng đi Hàn Quốc mỗi tháng, cần dây chuyền đóng gói, sdt 0912345678"}) {
      NeedCard card = read(text);
      assertThat(card.originCountries()).as(text).isEmpty();
      assertThat(card.originScope()).as(text).isNull();
    }
  }

  @Test
  void a_wanted_origin_beside_an_export_market_stays() {
    NeedCard card = read("Công ty em xuất khẩu sang Trung Quốc, cần mua máy sấy của Nhật Bản,"
        + " sdt 0912345678");
    assertThat(card.originCountries()).containsExactly("Nhật Bản");
  }

  @Test
  void nothing_inside_an_email_or_a_web_address_is_read_as_a_field_word() {
    for (String text : new String[] {
        "Công ty Cơ khí Hòa Bình cần robot hàn tự động, email viet.tq@cokhihoabinh.com.vn",
        "Cong ty co khi can robot han, lien he viet.tq@cokhihoabinh.com.vn hoac www.china-parts.vn",
        "Công ty cần máy ép, xem thêm tại https://japan-machines.com.vn/may-ep, sdt 0912345678"}) {
      NeedCard card = read(text);
      assertThat(card.originCountries()).as(text).isEmpty();
      assertThat(card.originScope()).as(text).isNull();
    }
    assertThat(read("Công ty cần máy ép, email mayep@thainguyen.vn, sdt 0912345678").province())
        .isNull();
  }

  @Test
  void the_email_is_still_the_contact_and_stays_in_the_description() {
    NeedCard card = read("Công ty Cơ khí Hòa Bình cần robot hàn tự động, email viet.tq@cokhihoabinh.com.vn");
    assertThat(card.email()).isEqualTo("viet.tq@cokhihoabinh.com.vn");
    assertThat(card.description()).contains("viet.tq@cokhihoabinh.com.vn");
    assertThat(card.originScope()).isNotEqualTo(OriginScope.NUOC_NGOAI);
  }
}
