package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number of a standard or a code ("ISO 22000", "TCVN 5945") is no amount, so it is never the
 * first end of a range; a label's unit or currency in capitals before a number is no code.
 */
class StandardCodesTest {
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Lần này KP cho chứng nhận ISO 22000 ~ 150tr.              | 150000000 | 150000000
          lan nay kp cho chung nhan ISO 22000 ~ 150tr               | 150000000 | 150000000
          Cần tư vấn TCVN 5945 - kinh phí 80 triệu.                 | 80000000  | 80000000
          Kinh phí 200 ~ 300 triệu cho ISO 9001.                    | 200000000 | 300000000
          DU TOAN (TRIEU DONG): 450                                 | 450000000 | 450000000
          """)
  void a_standards_number_is_no_amount(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
