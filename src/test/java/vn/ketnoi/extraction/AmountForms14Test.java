package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 14 (money30 the amount alone in one plain frame, money31 older and formal writers): how
 * the amount itself is written — words before "trăm" with the tens after it in digits ("hai trăm
 * 50 triệu"), "2 trăm rưỡi triệu", a comma group before any unit ("1,500 tỷ": 1,5 or 1.500 tỷ?), a
 * part left unsaid after a unit ("2 tỷ lẻ", "1 tỷ mấy"); with and without marks, and the cases
 * beside them that read as before. Empty bounds: no budget.
 */
class AmountForms14Test {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          words trăm, digit tens    | Bên em cần máy dệt, kinh phí hai trăm 50 triệu. | 250000000 | 250000000
          words trăm, digit tens    | ben em can may det, kinh phi hai tram 50 trieu | 250000000 | 250000000
          words trăm, digit chục    | kinh phí ba trăm 2 chục triệu | 320000000 | 320000000
          words trăm, a bare digit  | Kinh phí hai trăm 5 triệu. | |
          words trăm, a bare digit  | kinh phi hai tram 5 trieu | |
          words trăm, then a year   | Kinh phí hai trăm triệu năm 2026. | 200000000 | 200000000
          digits trăm rưỡi          | Kinh phí cho máy sàng lọc hạt giống tầm 2 trăm rưỡi triệu. | 250000000 | 250000000
          digits trăm rưỡi          | kinh phi tam 2 tram ruoi trieu | 250000000 | 250000000
          words trăm rưỡi as before | kinh phí ba trăm rưỡi triệu | 350000000 | 350000000
          comma group before tỷ     | Ngân sách: 1,500 tỷ cho dây chuyền | |
          comma group before tỷ     | ngan sach 1,500 ty cho day chuyen | |
          comma decimal still reads | Ngân sách: 1,5 tỷ cho dây chuyền | 1500000000 | 1500000000
          dot group still reads     | Ngân sách: 1.500 triệu cho dây chuyền | 1500000000 | 1500000000
          lẻ after a unit, unsaid   | Kinh phí đối ứng khoảng 2 tỷ lẻ, HTX xin đăng ký dây chuyền sơ chế chuối. | |
          lẻ after a unit, unsaid   | kinh phi doi ung khoang 2 ty le, htx xin dang ky | |
          mấy after a unit, unsaid  | Kinh phí tầm 1 tỷ mấy. | |
          lẻ with its group reads   | Kinh phí hai tỷ lẻ năm mươi triệu. | 2050000000 | 2050000000
          mấy before a word reads   | Kinh phí 500 triệu mấy tháng nay chưa giải ngân. | 500000000 | 500000000
          linh before a word reads  | kinh phi 500 trieu linh kien nhap khau | 500000000 | 500000000
          """)
  void amountForms(String why, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
