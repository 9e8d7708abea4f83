package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12's rules for six wordings a fourth outsider's table showed read as a wrong number: a
 * raise by straining on the next line, a bound word inside a form label, priced items listed under
 * "gồm" (never summed), "trong phạm vi X", "chỉ làm trong X thôi" repeating the amount, and a
 * deposit paid. Each with and without diacritics, and with sentences where the rule does not
 * apply. " / " stands for a new line.
 */
class BudgetListsTest {
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Bên mình lo được khoảng 600 triệu / Cố thêm chắc được 700 triệu                | 600000000  | 700000000
          ben minh lo duoc khoang 600 trieu. co them chac duoc 700 trieu               | 600000000  | 700000000
          Công ty chuẩn bị được 1 tỷ. Cố gắng thêm thì được 1,3 tỷ.                    | 1000000000 | 1300000000
          em co 200tr, co them duoc 250tr                                              | 200000000  | 250000000
          Bên mình lo được 600 triệu / Cố thêm được 100 triệu                          | null       | null
          Em lo 300 triệu / ráng thêm chắc được 500tr                                  | 300000000  | 500000000
          Em lo 300 triệu. Gắng thêm chút nữa được 350 triệu.                           | 300000000  | 350000000
          Bên mình lo được 600 triệu, có thêm được 700 triệu thì tốt                   | null       | null
          """)
  void what_the_business_reaches_by_straining_more_after_its_amount_is_the_top_of_a_range(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Ngân sách tối thiểu: 800 triệu đồng                                          | 800000000  | null
          ngan sach toi thieu: 800 trieu                                               | 800000000  | null
          Kinh phí dự kiến (tối đa): 1,2 tỷ                                            | null       | 1200000000
          Vốn đầu tư không quá: 2 tỷ                                                   | null       | 2000000000
          von dau tu khong qua: 2 ty                                                   | null       | 2000000000
          Kinh phí tối đa: 900.000.000                                                 | null       | 900000000
          Kinh phí dự kiến: 800 triệu                                                  | 800000000  | 800000000
          Kinh phí dưới: 500 triệu                                                     | null       | 500000000
          Ngân sách trên: 2 tỷ                                                         | 2000000000 | null
          Kinh phí dự kiến tối thiểu (triệu đồng): 500                                 | 500000000  | null
          """)
  void a_bound_word_closing_a_form_label_bounds_the_label_amount(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Chi phí bao gồm: máy nghiền 300 triệu, băng tải 120 triệu, lắp đặt 40 triệu.    | null       | null
          chi phi bao gom: may nghien 300 trieu, bang tai 120 trieu, lap dat 40 trieu   | null       | null
          Kinh phí gồm: / - dây chuyền chiết rót 700 triệu / - chuyển giao 80 triệu    | null       | null
          kinh phi gom: day chuyen 700tr, chuyen giao 80tr                             | null       | null
          Tổng kinh phí 460 triệu, gồm máy nghiền 300 triệu, băng tải 160 triệu.         | 460000000  | 460000000
          Kinh phí gồm cả lắp đặt là 500 triệu.                                         | 500000000  | 500000000
          Dự toán gồm có thiết bị 450 triệu và lắp đặt 50 triệu.                         | null       | null
          Kinh phí bao gồm thiết bị 450.000.000 đồng; lắp đặt 50.000.000 đồng            | null       | null
          Chi phí dự kiến: máy nghiền 300 triệu, lắp đặt 20 triệu                        | null       | null
          chi phi du kien: may nghien 300 trieu, lap dat 20 trieu                        | null       | null
          Kinh phí dự kiến: máy 300 triệu, công ty lo được 200 triệu                     | 200000000  | 200000000
          Kinh phí: khoảng 300 triệu, tối đa 400 triệu                                   | 300000000  | 400000000
          Kinh phí dự kiến: 1 tỷ, lắp đặt 50 triệu                                       | 1000000000 | 1000000000
          em gom được 350 triệu, cần máy ép viên                                       | 350000000  | 350000000
          em gom duoc 350 trieu, can may ep vien                                       | 350000000  | 350000000
          """)
  void priced_items_listed_under_one_label_are_never_summed_into_a_budget(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Đơn vị có thể bố trí kinh phí trong phạm vi 1,5 tỷ đồng.                     | null       | 1500000000
          don vi co the bo tri kinh phi trong pham vi 1,5 ty dong                      | null       | 1500000000
          Kinh phí trong giới hạn 700 triệu.                                           | null       | 700000000
          Kinh phí trong vòng 700 triệu.                                               | null       | 700000000
          Em lo được 400 triệu / Không ai hỗ trợ thì em cũng chỉ làm trong 400 thôi    | null       | 400000000
          em lo duoc 400 trieu / ko ai ho tro thi em cung chi lam trong 400 thoi       | null       | 400000000
          Bên em chỉ đầu tư trong vòng 1 tỷ thôi                                       | null       | 1000000000
          Em gom được 350 triệu / không ai giúp thì em chỉ làm trong 350 triệu thôi      | null       | 350000000
          em gom duoc 350 trieu / ko ai giup thi em chi lam trong 350 trieu thoi         | null       | 350000000
          Em gom được 1 tỷ 2 / em chỉ làm trong vòng 1 tỷ 2 thôi                         | null       | 1200000000
          Em gom được 350 triệu / em chỉ làm trong 300 triệu thôi                        | null       | null
          chi lam trong 300 trieu thoi                                                 | null       | 300000000
          Bên em chỉ dám gói gọn trong 600 triệu                                       | null       | 600000000
          Em lo được 400 triệu / em cũng chỉ làm trong 2 tháng thôi                     | 400000000  | 400000000
          """)
  void keeping_within_an_amount_makes_it_a_ceiling(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Bên em cọc 80 triệu cho đơn vị thi công rồi mà họ không làm                  | null       | null
          ben em coc 80 trieu cho don vi thi cong roi ma ho khong lam                  | null       | null
          Công ty đã cọc trước 100 triệu cho nhà cung cấp                              | null       | null
          Cần máy ép cọc bê tông, kinh phí 2 tỷ                                        | 2000000000 | 2000000000
          """)
  void a_deposit_paid_is_no_budget(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  /** Round 12 (money21 q124): money split between parties, each amount after whose it is, no total written. */
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          split by parties         | Tiền mua máy nhà em đã góp đủ với anh trai: em 300 triệu, anh 300 triệu. | |
          split by parties         | tien mua may nha em da gop du voi anh trai: em 300 trieu, anh 300 trieu | |
          support and own          | Sở 200 triệu, HTX 300 triệu cho máy sấy. | |
          one party only           | Bên em cần máy sấy, em có 300 triệu. | 300000000 | 300000000
          """)
  void money_split_between_parties_is_no_budget(String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
