package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ketnoi.text.Messages;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.Support;

class FieldValuesTest {
  private static final FieldValues VALUES = new FieldValues(new Provinces(), Messages.load());

  private static Object value(Field field, String text) {
    FieldValues.Reading reading = VALUES.read(field, text);
    assertThat(reading).as(field + " " + text).isInstanceOf(FieldValues.Value.class);
    return ((FieldValues.Value) reading).value();
  }

  private static FieldValues.Problem problem(Field field, String text) {
    FieldValues.Reading reading = VALUES.read(field, text);
    assertThat(reading).as(field + " " + text).isInstanceOf(FieldValues.Invalid.class);
    return ((FieldValues.Invalid) reading).problem();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          SECTOR           | che_bien_bao_quan                     | CHE_BIEN_BAO_QUAN
          SECTOR           | CHE_BIEN_BAO_QUAN                     | CHE_BIEN_BAO_QUAN
          SECTOR           | chế biến                              | CHE_BIEN_BAO_QUAN
          SECTOR           | che bien                              | CHE_BIEN_BAO_QUAN
          SECTOR           | Môi trường, năng lượng                | MOI_TRUONG_NANG_LUONG
          SECTOR           | moi truong                            | MOI_TRUONG_NANG_LUONG
          SECTOR           | xử lý nước thải                       | MOI_TRUONG_NANG_LUONG
          SECTOR           | khác                                  | KHAC
          SECTOR           | y dược                                | Y_DUOC
          NEED_TYPE        | thiet_bi                              | THIET_BI
          NEED_TYPE        | phần mềm                              | PHAN_MEM
          NEED_TYPE        | tu van                                | TU_VAN
          NEED_TYPE        | máy sấy                               | THIET_BI
          ORIGIN_SCOPE     | nước ngoài                            | NUOC_NGOAI
          ORIGIN_SCOPE     | trong_nuoc                            | TRONG_NUOC
          ORIGIN_SCOPE     | không yêu cầu                         | KHONG_YEU_CAU
          """)
  void codes_are_read_by_code_name_or_part_of_the_name_with_or_without_diacritics(
      Field field, String text, String expected) {
    assertThat(((Enum<?>) value(field, text)).name()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          SECTOR           | khong_co
          SECTOR           | công nghệ
          SECTOR           | lọc bụi
          NEED_TYPE        | abc
          ORIGIN_SCOPE     | sao hỏa
          """)
  void an_unknown_or_ambiguous_code_is_refused(Field field, String text) {
    assertThat(problem(field, text)).isEqualTo(FieldValues.Problem.CODE);
  }

  @Test
  void crisp_fields_go_through_the_extractors_parsers() {
    assertThat(value(Field.PHONE, "0912 345 678")).isEqualTo("0912345678");
    assertThat(value(Field.PHONE, "+84 987 654 321")).isEqualTo("0987654321");
    assertThat(problem(Field.PHONE, "12345")).isEqualTo(FieldValues.Problem.PHONE);
    assertThat(value(Field.EMAIL, "Lan@HTX.vn")).isEqualTo("lan@htx.vn");
    assertThat(problem(Field.EMAIL, "lan at htx")).isEqualTo(FieldValues.Problem.EMAIL);
    assertThat(value(Field.PROVINCE, "An Giang")).isEqualTo("An Giang");
    assertThat(value(Field.PROVINCE, "kien giang")).isEqualTo("Kiên Giang");
    assertThat(problem(Field.PROVINCE, "Atlantis")).isEqualTo(FieldValues.Problem.PROVINCE);
    assertThat(value(Field.BUDGET_VND_MIN, "500 triệu")).isEqualTo(500_000_000L);
    assertThat(value(Field.BUDGET_VND_MAX, "1,5 tỷ")).isEqualTo(1_500_000_000L);
    assertThat(problem(Field.BUDGET_VND_MAX, "từ 1 đến 2 tỷ")).isEqualTo(FieldValues.Problem.AMOUNT);
    assertThat(problem(Field.BUDGET_VND_MIN, "nhiều")).isEqualTo(FieldValues.Problem.AMOUNT);
    assertThat(value(Field.EMPLOYEES, "1.200 lao động")).isEqualTo(1200);
    assertThat(value(Field.EMPLOYEES, "45")).isEqualTo(45);
    assertThat(problem(Field.EMPLOYEES, "năm mươi")).isEqualTo(FieldValues.Problem.NUMBER);
    assertThat(problem(Field.EMPLOYEES, "99999999999")).isEqualTo(FieldValues.Problem.NUMBER);
  }

  @Test
  void a_budget_is_read_as_the_business_writes_it() {
    assertThat(((FieldValues.Value) VALUES.budget("300 triệu")).value())
        .isEqualTo(new Money.Budget(300_000_000L, 300_000_000L));
    assertThat(((FieldValues.Value) VALUES.budget("từ 500 triệu đến 1 tỷ")).value())
        .isEqualTo(new Money.Budget(500_000_000L, 1_000_000_000L));
    assertThat(((FieldValues.Value) VALUES.budget("dưới 2 tỷ")).value())
        .isEqualTo(new Money.Budget(null, 2_000_000_000L));
    assertThat(VALUES.budget("không rõ")).isInstanceOf(FieldValues.Invalid.class);
  }

  @Test
  void lists_replace_and_every_item_must_read() {
    assertThat(value(Field.ORIGIN_COUNTRIES, "Nhật, Hàn Quốc và Đức"))
        .isEqualTo(List.of("Nhật Bản", "Hàn Quốc", "Đức"));
    assertThat(problem(Field.ORIGIN_COUNTRIES, "Nhật Bản, Wakanda")).isEqualTo(FieldValues.Problem.COUNTRY);
    assertThat(value(Field.SUPPORT_WANTED, "tai_chinh; kết nối"))
        .isEqualTo(List.of(Support.TAI_CHINH, Support.KET_NOI));
    assertThat(problem(Field.SUPPORT_WANTED, "tài chính, bay lên")).isEqualTo(FieldValues.Problem.CODE);
    assertThat(value(Field.PRODUCTS, "chè xanh, chè đen")).isEqualTo(List.of("chè xanh", "chè đen"));
  }

  @Test
  void free_text_is_trimmed_and_bounded_and_a_title_is_not_a_name() {
    assertThat(value(Field.CONTACT_NAME, "chị Trần Thị Lan")).isEqualTo("Trần Thị Lan");
    assertThat(value(Field.COMPANY_NAME, "  HTX   Dừa sáp Cầu Kè ")).isEqualTo("HTX Dừa sáp Cầu Kè");
    assertThat(problem(Field.TITLE, "x".repeat(201))).isEqualTo(FieldValues.Problem.TOO_LONG);
    assertThat(problem(Field.TITLE, "   ")).isEqualTo(FieldValues.Problem.EMPTY);
  }

  @Test
  void contacts_are_phones_or_emails_each() {
    assertThat(((FieldValues.Value) FieldValues.contacts("0987 654 321, lan@htx.vn")).value())
        .isEqualTo(List.of("0987654321", "lan@htx.vn"));
    assertThat(FieldValues.contacts("0987 654 321, gọi giờ hành chính"))
        .isInstanceOf(FieldValues.Invalid.class);
  }

  @Test
  void every_phone_and_email_in_a_text_is_found_the_first_being_the_cards() {
    String text = "hai số 0912 345 678 và 0987 654 321, mail a@b.vn hoặc C@D.VN";
    assertThat(Phones.all(text)).containsExactly("0912345678", "0987654321");
    assertThat(Phones.all(text).get(0)).isEqualTo(Phones.find(text));
    assertThat(Phones.all("sđt 0912 345 678 0987 654 321")).containsExactly("0912345678", "0987654321");
    assertThat(Phones.all("0912 345 678 2 máy")).containsExactly("0912345678");
    assertThat(Emails.all(text)).containsExactly("a@b.vn", "c@d.vn");
    assertThat(Contacts.in(text)).containsExactly("0912345678", "0987654321", "a@b.vn", "c@d.vn");
  }
}
