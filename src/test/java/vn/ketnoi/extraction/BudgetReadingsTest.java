package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 9 (money13, money14): a ceiling said as "cao lắm thì", a correction said as "đúng ra là"
 * or "không phải X mà khoảng Y", "min X max Y" (a prefix of the next amount, not a suffix), "trđ",
 * a part named with "riêng phần", "toi" typed plain before an amount ("tới", "tôi" or slang
 * "tỏi"), and a bare first end of a range far below the second; with and without marks, and the
 * cases beside them that read as before. Empty bounds: no budget.
 */
class BudgetReadingsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          cao lắm thì, a ceiling   | Cần máy sấy tầng sôi, cao lắm thì 600 củ. | | 600000000
          cao lắm thì, a ceiling   | can may say tang soi, cao lam thi 600 cu | | 600000000
          nhiều lắm là             | nhieu lam la 300 trieu | | 300000000
          đúng ra là, a correction | Hôm qua em ghi nhầm kinh phí là 8 tỷ, đúng ra là 800 triệu thôi ạ. | 800000000 | 800000000
          đúng ra là, a correction | hom qua e ghi kinh phi 8 ty, dung ra la 800 trieu | 800000000 | 800000000
          riêng phần, the part     | Dự án nhà máy tổng mức đầu tư 45 tỷ đồng. Riêng phần nhận chuyển giao quy trình, công ty bố trí khoảng 800 triệu đồng. | 800000000 | 800000000
          riêng phần, the part     | du an nha may tong muc dau tu 45 ty dong. rieng phan nhan chuyen giao quy trinh, cong ty bo tri khoang 800 trieu dong | 800000000 | 800000000
          toi typed plain, unsure  | Bao gia 1ty450, sep duyet toi 1ty3 thoi | |
          tới with marks, a bound  | Báo giá 1 tỷ 450, sếp duyệt tới 1 tỷ 3 thôi. | | 1300000000
          tôi typed plain, a speaker | ben toi 600 trieu | 600000000 | 600000000
          a bare end far below     | tam 1 toi 2 den 1 toi ruoi | |
          a bare end close below   | Kinh phí 800 - 1 tỷ. | 800000000 | 1000000000
          min then max, a range    | Cty em cần phần mềm ERP, min 500tr max 800tr, ưu tiên bên có triển khai. | 500000000 | 800000000
          min then max, a range    | cty e can phan mem ERP, min 500tr max 800tr, uu tien ben co trien khai | 500000000 | 800000000
          max after, a ceiling     | ngân sách 800tr tối đa | | 800000000
          trđ, triệu đồng          | Nhu cầu: nhân giống lan / KP dự kiến: 500 trđ | 500000000 | 500000000
          trđ, triệu đồng          | nhu cau: nhan giong lan / kp du kien: 500 trd | 500000000 | 500000000
          trđ beside no number     | Công ty TNHH trđ Phú Thọ cần máy sấy. | |
          corrected to about       | Kinh phí không phải 300 triệu mà khoảng 300 đến 350 triệu nha. | 300000000 | 350000000
          corrected to about       | kinh phi khong phai 300 trieu ma khoang 300 den 350 trieu nha | 300000000 | 350000000
          """)
  void readings_of_a_bound_a_correction_and_a_part(String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
