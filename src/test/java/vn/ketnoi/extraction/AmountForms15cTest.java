package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 15c (money34, money36: written forms of every register and a number-parser tester's edge
 * cases): how the amount itself is written. A particle or the person addressed after the last
 * digit word ("một tỷ hai á anh"; it read 1 tỷ; "300-400 củ anh ạ", no amount), a comma after a
 * capitalised name before a range ("máy đo CMM, 700~900tr"; the 700 was taken for the model's
 * number and 900 triệu read), and one digit, a comma and a space, then one digit and its unit ("tầm
 * 1, 2 tỷ": a range or 1,2 tỷ; it read 1–2 tỷ). With and without marks, and the cases beside them
 * where a rule must not fire. Empty bounds: no budget.
 */
class AmountForms15cTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          á anh after the digit word   | Dạ bên em tính chi tầm... ờ... một tỷ hai á anh, cho cái hệ thống lọc nước. | 1200000000 | 1200000000
          a anh, no marks              | da ben em tinh chi tam mot ty hai a anh, cho he thong loc nuoc | 1200000000 | 1200000000
          chị nhé after the digit word | Kinh phí khoảng hai tỷ năm chị nhé. | 2500000000 | 2500000000
          anh ạ after củ               | Muốn làm hệ thống tưới tự động, tầm 300-400 củ anh ạ. | 300000000 | 400000000
          anh a after cu, no marks     | muon lam he thong tuoi tu dong, tam 300-400 cu anh a | 300000000 | 400000000
          em nè after củ               | Kinh phí chừng 500 củ em nè. | 500000000 | 500000000
          hai anh em counts brothers   | Kinh phí 1 tỷ hai anh em cùng góp. | 1000000000 | 1000000000
          năm nay is this year         | Kinh phí 2 tỷ năm nay. | 2000000000 | 2000000000
          củ anh em is no unit         | Mua 300 củ anh em trồng thử. | |
          chi plain is spend, no chị   | Kinh phi cong ty tu chi: 350.000.000 dong. | 350000000 | 350000000
          công ty is the company       | Công ty Nam Á cần máy sấy lúa. | |
          cong ty, no marks            | cong ty nam a can may say lua | |
          tỷ năm after a number stays  | Kinh phí một tỷ năm anh ạ. | 1500000000 | 1500000000
          comma ends the model name    | Công ty cần máy đo tọa độ CMM, 700~900tr. | 700000000 | 900000000
          comma ends it, no marks      | cong ty can may do toa do CMM, 700~900tr | 700000000 | 900000000
          a code joined stays a code   | Lần này KP cho chứng nhận ISO 22000 ~ 150tr. | 150000000 | 150000000
          1, 2 tỷ: range or decimal    | Cần máy in 3D công nghiệp, tầm 1, 2 tỷ gì đó. | |
          1, 2 ty, no marks            | can may in 3D cong nghiep, tam 1, 2 ty gi do | |
          2, 3 tỷ likewise             | Kinh phí khoảng 2, 3 tỷ. | |
          a multiplier between: range  | Kinh phí 5, 6 trăm triệu. | 500000000 | 600000000
          words have no decimal        | Kinh phí một, hai tỷ. | 1000000000 | 2000000000
          1,2 tỷ with no space         | Kinh phí tầm 1,2 tỷ. | 1200000000 | 1200000000
          """)
  void readsTheAmountAsWritten(String form, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
