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
          Zalo 0703 556 148                              | 0703556148
          Mr Phước 0905 771 336                          | 0905771336
          anh Hậu 0981.220.347                           | 0981220347
          sđt em 0358 602 117                            | 0358602117
          gọi 0868 555 210 - Lan                         | 0868555210
          0387654321.                                    | 0387654321
          so dt la 0977 123 456 a                        | 0977123456
          dt ban 0225 3812 406                           | 02253812406
          Liên hệ DS. Loan, 0263 3 821 459.              | 02633821459
          SĐT: 024 3838 1234                             | 02438381234
          (028) 3823 4567                                | 02838234567
          0292 3 765 432                                 | 02923765432
          Sdt +84 98 765 4321                            | 0987654321
          ĐT 0912.678.901                                | 0912678901
          0912 345 678 2 máy                             | 0912345678
          0913 45                                        | null
          kinh phí 2,5 tỷ                                | null
          công suất 200.000 m3/năm                        | null
          0123456789                                     | null
          số 091234567                                   | null
          1800 1234                                      | null
          năm 2026, 150 ha                               | null
          lô 05, khu 0912                                | null
          """)
  void finds_and_normalises_phone_numbers(String text, String expected) {
    assertThat(Phones.find(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          0913 45          | true
          sdt 091234567    | true
          0912 345 6789 12 | true
          0912 345 678 12  | false
          0912345678       | false
          không có số      | false
          """)
  void tells_a_phone_with_too_few_digits(String text, boolean malformed) {
    assertThat(Phones.hasMalformed(text)).isEqualTo(malformed);
  }
}
