package vn.ketnoi.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
  private static final PersonalData LAN = PersonalData.of(List.of("HTX Gốm Sứ Hoàng Liên"),
      List.of("Đặng Thị Lan"), List.of("0966123457"), List.of("lan.gomsu@hoanglien.vn"), "[x]");

  @Test
  void names_are_cut_with_or_without_diacritics_and_whatever_the_spacing() {
    assertThat(LAN.scrub("HTX Gốm Sứ Hoàng Liên cần lò nung")).isEqualTo("[x] cần lò nung");
    assertThat(LAN.scrub("htx gom su  hoang lien can lo nung")).isEqualTo("[x] can lo nung");
    assertThat(LAN.scrub("Hợp tác xã Gốm Sứ \"Hoàng Liên\" ở Thái Nguyên"))
        .isEqualTo("Hợp tác xã [x]\" ở Thái Nguyên");
    assertThat(LAN.scrub("gặp Đặng Thị Lan hoặc DANG THI LAN")).isEqualTo("gặp [x] hoặc [x]");
  }

  @Test
  void a_given_name_is_cut_after_a_title_only() {
    assertThat(LAN.scrub("Đã gọi chị Lan, chi lan hẹn thứ Hai")).isEqualTo("Đã gọi chị [x], chi [x] hẹn thứ Hai");
    assertThat(LAN.scrub("Lan can, lan tỏa")).isEqualTo("Lan can, lan tỏa");
  }

  @Test
  void a_one_word_contact_name_is_cut_after_a_title_only() {
    PersonalData lan = PersonalData.of(List.of(), List.of("chị Lan"), List.of(), List.of(), "[x]");
    assertThat(lan.scrub("chị Lan nhắn: cần lan can inox, em Lan sẽ gửi ảnh"))
        .isEqualTo("chị [x] nhắn: cần lan can inox, em [x] sẽ gửi ảnh");
  }

  @Test
  void every_phone_and_email_is_cut_known_or_not() {
    assertThat(LAN.scrub("số 0966 123 457, +84 966.123.457 hoặc 84966123457"))
        .isEqualTo("số [x], [x] hoặc [x]");
    assertThat(LAN.scrub("gọi 0912345678 hoặc (0208) 3855 123")).isEqualTo("gọi [x] hoặc [x]");
    assertThat(LAN.scrub("mail: lan.gomsu@hoanglien.vn, ke.toan@abc.com.vn")).isEqualTo("mail: [x], [x]");
  }

  @Test
  void the_need_itself_stays_readable() {
    String need = "Lò nung gốm tiết kiệm điện 30%, kinh phí 2 tỷ, 800000000 đồng, năm 2026, 45 lao động";
    assertThat(LAN.scrub(need)).isSameAs(need);
    assertThat(LAN.scrub(null)).isNull();
  }

  @Test
  void a_short_name_after_the_legal_form_does_not_cut_a_common_word() {
    PersonalData tea = PersonalData.of(List.of("Cơ sở Chè"), List.of(), List.of(), List.of(), "[x]");
    assertThat(tea.scrub("Cơ sở Chè cần máy sấy chè")).isEqualTo("[x] cần máy sấy chè");
    PersonalData tanCuong = PersonalData.of(List.of("Công ty TNHH Chè Tân Cương"), List.of(), List.of(),
        List.of(), "[x]");
    assertThat(tanCuong.scrub("Cty Chè Tân Cương cần máy sấy chè")).isEqualTo("Cty [x] cần máy sấy chè");
  }
}
