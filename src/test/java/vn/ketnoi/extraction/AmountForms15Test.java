package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 15b (southern and central chat, speech typed by speech-to-text): how the amount itself is
 * written. Bound words of every region with words between them and the amount ("cùng lắm 200 củ",
 * "ít nhứt cũng chuẩn bị 150 triệu"; they read the exact amount), zero said before a decimal
 * point ("không phẩy tám tỷ"; it read 8 tỷ), a spoken range typed as digits or words with no dash
 * ("700 800 triệu", read 700 800 triệu; "mười lăm hai mươi triệu", read 20 triệu), and another
 * number offered after "hay" / "hoặc" ("một tỷ hay trăm triệu", read 1 tỷ), and tens said with
 * "mươi" left out before the five ("bốn lăm triệu" = 45 triệu; it read no amount), and "triu" / "trịu", triệu typed as the South
 * says it. With and without
 * marks, and the cases beside them where a rule must not fire. Empty bounds: no budget.
 */
class AmountForms15Test {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          cùng lắm, at most          | Tàu cá cần hầm bảo quản, kinh phí cùng lắm 200 củ. | | 200000000
          cùng lắm thì, words between | kinh phí cùng lắm thì bỏ ra 300 triệu | | 300000000
          nhiều nhứt, southern        | kinh phi nhieu nhut cung 500 trieu | | 500000000
          cung lam unmarked is cũng làm | kinh phi cung lam 200 trieu | 200000000 | 200000000
          tối đa with words           | Kinh phí tối đa cũng chỉ 400 triệu. | | 400000000
          toi da unmarked is tôi đã   | kinh phi toi da tui tinh 400 trieu | |
          ít nhứt, words between      | Cần máy sấy mực, ít nhứt cũng chuẩn bị 150 triệu. | 150000000 |
          ít nhứt, no marks           | can may say muc, it nhut cung chuan bi 150 trieu | 150000000 |
          ít ra cũng                  | Kinh phí ít ra cũng phải 100 triệu. | 100000000 |
          tối thiểu, words between    | kinh phi toi thieu cung phai co 600 trieu | 600000000 |
          four words between: exact   | Kinh phí ít nhất thì bên em cũng đã 100 triệu. | 100000000 | 100000000
          a clause between: no bound  | Ít nhất phải có giấy phép, kinh phí 200 triệu. | 200000000 | 200000000
          zero before phẩy            | Kho lạnh trữ rau, kinh phí khoảng không phẩy tám tỷ. | 800000000 | 800000000
          zero before phay, no marks  | kho lanh, kinh phi khoang khong phay tam ty | 800000000 | 800000000
          zero before chấm            | kinh phí không chấm năm tỷ | 500000000 | 500000000
          một phẩy hai as before      | Kinh phí khoảng một phẩy hai tỷ. | 1200000000 | 1200000000
          hai chấm năm as before      | kinh phi khoang hai cham nam ty | 2500000000 | 2500000000
          không alone is no zero      | Kinh phí không quá 2 tỷ. | | 2000000000
          digits side by side         | Tôi cần máy làm đá viên khoảng 700 800 triệu. | 700000000 | 800000000
          digits side by side         | can may lam da vien khoang 700 800 trieu | 700000000 | 800000000
          two digits side by side     | kinh phí khoảng 15 20 triệu | 15000000 | 20000000
          words side by side          | Kinh phí làm website thì mười lăm hai mươi triệu. | 15000000 | 20000000
          falling groups: unsure      | Kinh phí khoảng 900 800 triệu. | |
          1 200 triệu is one number   | Kinh phí khoảng 1 200 triệu. | 1200000000 | 1200000000
          12 500 triệu is one number  | kinh phi 12 500 trieu | 12500000000 | 12500000000
          350 000 000 is one number   | Kinh phí 350 000 000 đồng. | 350000000 | 350000000
          bốn lăm, mươi left out      | Kinh phí máy vò chè chừng bốn lăm triệu. | 45000000 | 45000000
          hai lam, no marks, unit next | kinh phi may xat vo ca phe hai lam trieu | 25000000 | 25000000
          hai trăm bốn lăm            | kinh phí hai trăm bốn lăm triệu | 245000000 | 245000000
          lam unmarked is làm         | kinh phi 2 ty, hai lam nha xuong | 2000000000 | 2000000000
          triu, typed by sound        | Can may danh vay ca, kinh phi tam 5 triu. | 5000000 | 5000000
          trịu, typed by sound        | Kinh phí tầm 5 trịu. | 5000000 | 5000000
          hay before a number word    | Máy cắt CNC kinh phí khoảng một tỷ hay trăm triệu. | |
          hay before a number word    | may cat cnc kinh phi khoang mot ty hay tram trieu | |
          hoặc before digits          | Kinh phí 500 triệu hoặc 6 trăm. | |
          hay hơn stays unsure        | Kinh phí 1 tỷ hay hơn. | |
          hay không is no number      | Kinh phí 500 triệu, được hỗ trợ hay không? | 500000000 | 500000000
          """)
  void readsTheAmountAsWritten(String form, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
