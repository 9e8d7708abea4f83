package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignAmountsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      budget tầm 50k USD nha                   | 50k USD
      Ben em co tam $25,000 cho phan mem       | $25,000
      khoảng 20.000 đô la Mỹ                   | 20.000 đô la Mỹ
      giá 3 triệu yên                          | 3 triệu yên
      kinh phí 500 triệu                       | null
      tầm 1 ty do lai                          | null
      """)
  void the_first_amount_in_another_currency_as_written(String text, String written) {
    assertThat(ForeignAmounts.first(text)).isEqualTo(written);
  }
}
