package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhonesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          sdt 0912345678                                 | 0912345678
          SĐT: 0912 345 678                              | 0912345678
          sđt 0912.345.678 nhé                           | 0912345678
          0912-345-678                                   | 0912345678
          LH +84 912 345 678                             | 0912345678
          +84912345678                                   | 0912345678
          (+84) 912 345 678                              | 0912345678
          SĐT em: 84977213560 (Phong)                    | 0977213560
          gọi 84 912 345 678                             | 0912345678
          0084 912 345 678                               | 0912345678
          +84 (0) 912 345 678                            | 0912345678
          +84 (0)24 3825 6789                            | 02438256789
          Tel: +84 (0)236 3822 123                       | 02363822123
          +84 (0)912 345 678                             | 0912345678
          ĐT (+84) (0)28 3823 4567                       | 02838234567
          (84) 912 345 678                               | 0912345678
          +84 0912 345 678                               | 0912345678
          +84-912-345-678                                | 0912345678
          Zalo 0703 556 148                              | 0703556148
          Mr Phước 0905 771 336                          | 0905771336
          anh Hậu 0981.220.347                           | 0981220347
          sđt em 0358 602 117                            | 0358602117
          gọi 0868 555 210 - Lan                         | 0868555210
          0387654321.                                    | 0387654321
          so dt la 0977 123 456 a                        | 0977123456
          0562 111 222 (Vietnamobile)                    | 0562111222
          0599 876 543 Gmobile                           | 0599876543
          dt ban 0225 3812 406                           | 02253812406
          Liên hệ DS. Loan, 0263 3 821 459.              | 02633821459
          SĐT: 024 3838 1234                             | 02438381234
          (028) 3823 4567                                | 02838234567
          028 3822 1234                                  | 02838221234
          0236 3822 123                                  | 02363822123
          (0236) 3.822.123                               | 02363822123
          0292 3 765 432                                 | 02923765432
          +84 236 3822 123                               | 02363822123
          Sdt +84 98 765 4321                            | 0987654321
          ĐT 0912.678.901                                | 0912678901
          0912 345 678 2 máy                             | 0912345678
          +84.912.345.678                                | 0912345678
          84-912-345-678                                 | 0912345678
          zalo: +840912345678                            | 0912345678
          0912 34 56 78                                  | 0912345678
          09 1234 5678                                   | 0912345678
          091 234 5678                                   | 0912345678
          Số ĐT: 0 912 345 678                           | 0912345678
          +84-236-3822-123                               | 02363822123
          (+84) 236 3822 123                             | 02363822123
          sđt: 84 236 3822 123                           | 02363822123
          Tel: 028.3822.1234                             | 02838221234
          ĐT: (028) 38.221.234                           | 02838221234
          kinh phí 840 triệu, sđt 0912345678             | 0912345678
          Hotline 1900 1234                              | null
          19001234                                       | null
          0913 45                                        | null
          kinh phí 2,5 tỷ                                | null
          kinh phí 1.500.000.000 đ                       | null
          84.500.000.000 đồng                            | null
          công suất 200.000 m3/năm                        | null
          0123456789                                     | null
          số 091234567                                   | null
          09123456789                                    | null
          1800 1234                                      | null
          1900 6789 10                                   | null
          năm 2026, 150 ha                               | null
          lô 05, khu 0912                                | null
          0501 234 567                                   | null
          0521 234 567                                   | null
          0531 234 567                                   | null
          0551 234 567                                   | null
          0711 234 567                                   | null
          0751 234 567                                   | null
          0801 234 567                                   | null
          0200 3822 123                                  | null
          0202 3822 123                                  | null
          0217 3822 123                                  | null
          057 3822 123                                   | null
          0240 3822 123                                  | null
          MST 0312345678                                 | null
          mã số thuế: 0312345678, sđt 0912 345 678       | 0912345678
          STK 0912345678 Vietcombank                     | null
          """)
  void finds_and_normalises_phone_numbers(String text, String expected) {
    assertThat(Phones.find(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          sdt 091234567                    | false | TOO_FEW_DIGITS  | 9
          SĐT: 0912 345 6789               | false | TOO_MANY_DIGITS | 11
          Zalo 84 912 345 67               | false | TOO_FEW_DIGITS  | 9
          liên hệ 0236 382 212             | false | TOO_FEW_DIGITS  | 10
          sđt 0501 234 567                 | false | NOT_IN_USE      | 10
          điện thoại 0240 3822 123         | false | NOT_IN_USE      | 11
          0913 45                          | true  | TOO_FEW_DIGITS  | 6
          0912345678                       | true  | null            | 0
          0912 345 678 12                  | true  | null            | 0
          gọi em 0912.345.67               | false | TOO_FEW_DIGITS  | 9
          số của chị là 0912 345 6789      | false | TOO_MANY_DIGITS | 11
          lô 0912, khu 05                  | false | null            | 0
          MST 031234567                    | true  | null            | 0
          không có số                      | true  | null            | 0
          """)
  void says_why_a_number_meant_as_a_phone_is_refused(
      String text, boolean asked, PhoneNumbers.Problem problem, int digits) {
    Phones.Refusal refusal = Phones.refusal(text, asked);
    if (problem == null) {
      assertThat(refusal).isNull();
    } else {
      assertThat(refusal.problem()).isEqualTo(problem);
      assertThat(refusal.digits()).isEqualTo(digits);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          0912345678    | 0912345678
          +84912345678  | 0912345678
          84912345678   | 0912345678
          0084912345678 | 0912345678
          +840912345678 | 0912345678
          02363822123   | 02363822123
          """)
  void puts_country_code_forms_into_the_national_form(String digits, String national) {
    assertThat(PhoneNumbers.national(digits)).isEqualTo(national);
    assertThat(PhoneNumbers.valid(national)).isEqualTo(national);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          0912 345 678 / 0987 654 321                          | 0912345678 0987654321
          0912345678-0987654321                                | 0912345678 0987654321
          liên hệ: 0912 345 678 (anh Nam), 0987654321 (chị Lan) | 0912345678 0987654321
          số 0912345678, MST 0312345678                        | 0912345678
          """)
  void finds_every_phone_of_a_text_and_no_tax_code(String text, String phones) {
    assertThat(Phones.all(text)).containsExactly(phones.split(" "));
  }
}
