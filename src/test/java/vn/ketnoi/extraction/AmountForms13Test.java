package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 13 (money20 every written form, money23 every region): how the amount itself is written —
 * "X hay / hoặc Y" (a range or not yet chosen), "2 tỷ 05", "1.5000 triệu", "1. 200 triệu",
 * "ngót nghét", digits before "trăm" with the tens after them ("5 trăm 50 triệu", "1 trăm 2 chục
 * triệu") and one bare digit after "trăm", in digits or words ("5 trăm 5 triệu", "hai trăm năm
 * triệu": 550 / 250 or 505 / 205?), a form label's unit in plain đồng, "tr.đ", or after "dự toán" /
 * "số tiền"; with and without marks, and the cases
 * beside them that read as before. Empty bounds: no budget.
 */
class AmountForms13Test {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          X hay Y, unsure           | Ngân sách cho phần mềm ERP chắc 600 hay 700 triệu gì đó. | |
          X hay Y, unsure           | tui em lo duoc 300 hay 500 trieu gi do, chua chot | |
          X hoặc Y, unsure          | Cty cần dây chuyền ép dầu lạc, kinh phí 1 hoặc 1,5 tỷ tùy cấu hình. | |
          X hoặc Y, unsure          | kinh phi 1 hoac 1,5 ty tuy cau hinh | |
          X unit hay Y unit, unsure | kinh phi 800 trieu hay 1 ty | |
          hoặc hơn, no second amount | Công ty cần robot xếp bao, tầm 1 tỷ hoặc hơn. | |
          hay as a word, reads      | Kinh phí 500 triệu, hay là Sở tư vấn giúp. | 500000000 | 500000000
          hay as a word, reads      | kinh phi 500 trieu, hay la so tu van giup | 500000000 | 500000000
          zero-led tail, unsure     | Dự kiến kinh phí: 2 tỷ 05 cho dây chuyền chế biến mít sấy. | |
          zero-led tail, unsure     | du kien kinh phi 2 ty 05 cho day chuyen | |
          zero-led group of three   | ngân sách 2 tỷ 050 | 2050000000 | 2050000000
          plain tail still reads    | kinh phi 2 ty 5 | 2500000000 | 2500000000
          four digits after a dot   | Cty TNHH Minh Phát cần máy cắt plasma, kinh phí 1.5000 triệu. | |
          four digits after a dot   | kinh phi 1.5000 trieu | |
          a decimal still reads     | kinh phí 1.5 tỷ | 1500000000 | 1500000000
          thousands still read      | Kinh phí dự kiến: 1.500 triệu đồng. | 1500000000 | 1500000000
          stray space after a dot   | can day chuyen so che rau cu, kinh phi 1. 200 trieu | |
          stray space after a dot   | Kinh phí 1. 200 triệu. | |
          comma and space, a list   | kinh phi 2, 500 trieu | 500000000 | 500000000
          a sentence before, reads  | Cần 2 máy. 200 triệu là kinh phí. | 200000000 | 200000000
          ngót nghét, either way    | HTX cần máy sấy lúa 10 tấn/mẻ, kinh phí ngót nghét 1 tỷ. | |
          ngót nghét, either way    | htx can may say lua, kinh phi ngot nghet 1 ty | |
          digits trăm digits        | Bên em muốn số hóa quy trình, chi phí khoảng 5 trăm 50 triệu. | 550000000 | 550000000
          digits trăm digits        | chi phi khoang 5 tram 50 trieu | 550000000 | 550000000
          digits trăm digit chục    | cty minh can tu van HACCP, chi phi tam 1 tram 2 chuc trieu | 120000000 | 120000000
          digits trăm digit chục    | Chi phí tầm 1 trăm 2 chục triệu. | 120000000 | 120000000
          digits trăm words tens    | Chi phí tầm 3 trăm năm mươi triệu. | 350000000 | 350000000
          digits trăm bare digit    | Chi phí tầm 5 trăm 5 triệu. | |
          digits trăm bare digit    | chi phi tam 5 tram 5 trieu | |
          digits trăm alone reads   | Chi phí tầm 5 trăm triệu. | 500000000 | 500000000
          words trăm bare digit     | Vốn đối ứng của HTX chừng hai trăm năm triệu. | |
          words trăm bare digit     | von doi ung chung hai tram nam trieu | |
          bare trăm, its digit      | Tụi em lo được trăm hai triệu để làm nhà lưới. | 120000000 | 120000000
          bare trăm, its digit      | tui em lo duoc tram hai trieu de lam nha luoi | 120000000 | 120000000
          words trăm mốt still reads | Vốn đối ứng chừng hai trăm mốt triệu. | 210000000 | 210000000
          words trăm lẻ still reads | Vốn đối ứng chừng hai trăm lẻ năm triệu. | 205000000 | 205000000
          words trăm mươi reads     | von doi ung chung hai tram nam muoi trieu | 250000000 | 250000000
          digits trăm then a count  | kinh phi 5 tram trieu, mua 2 may | 500000000 | 500000000
          label in đồng, in full    | Hạng mục: Máy sấy phun. Kinh phí (đ): 3.200.000.000. Ghi chú: vốn tự có | 3200000000 | 3200000000
          label in đồng, in full    | du toan (VND): 600,000,000 - phan mem ke toan | 600000000 | 600000000
          label in đồng, a short one | Kinh phí (đồng): 350 | |
          label in tr.đ             | Kinh phí đối ứng (tr.đ): 1.200 | 1200000000 | 1200000000
          label in tr.đ             | kinh phi doi ung (tr.d): 800 | 800000000 | 800000000
          label in triệu VNĐ        | Số tiền đầu tư (triệu VNĐ): 2.000 | 2000000000 | 2000000000
          no label, a bare number   | Máy cần 2.000 giờ chạy thử. | |
          """)
  void amountForms(String why, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
