package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12's last wrong budgets, as general rules of reading (each with and without diacritics,
 * and with a sentence where the rule does not apply): ceilings said as a refusal, a raise on a
 * condition, amounts that are nobody's budget, and a part beside its whole.
 */
class BudgetRolesTest {
  private static void assertBudget(String text, Long min, Long max) {
    Money.Budget found = Money.find(text);
    assertThat(found).as(text).isEqualTo(min == null && max == null ? null : new Money.Budget(min, max));
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Hơn 800 triệu thì bên em chịu.                             | null       | 800000000
          hon 800 trieu thi ben em chiu                              | null       | 800000000
          Quá 1,5 tỷ là công ty không lo nổi.                        | null       | 1500000000
          qua 1,5 ty la cong ty khong lo noi                         | null       | 1500000000
          Trên 900 triệu thì HTX không kham được.                    | null       | 900000000
          Trên 1 tỷ thì máy chạy ổn định hơn.                        | 1000000000 | null
          Bên em để ra 600 triệu, xài hết thì thôi.                  | null       | 600000000
          ben em de ra 600 trieu, het thi thoi                       | null       | 600000000
          Bên em để ra 600 triệu, hết thì thôi.                      | null       | 600000000
          Kinh phí tối đa 900 triệu, ít nhất cũng 600 triệu.         | 600000000  | 900000000
          kinh phi toi da 900 trieu, it nhat cung 600 trieu          | 600000000  | 900000000
          Ít nhất cũng 300 triệu.                                    | 300000000  | null
          """)
  void a_refusal_above_an_amount_makes_it_the_ceiling_and_a_max_beside_a_min_a_range(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Tuyển 5 công nhân, lương 8-10 triệu, cần máy đóng gói.     | null       | null
          tuyen 5 cong nhan, luong 8-10 trieu, can may dong goi      | null       | null
          Lương kỹ sư khoảng 20 triệu.                               | null       | null
          Sản lượng 300 triệu sản phẩm, cần máy 2 tỷ.                | 2000000000 | 2000000000
          Chất lượng tốt, kinh phí 500 triệu.                        | 500000000  | 500000000
          chat luong tot, kinh phi 500 trieu                         | 500000000  | 500000000
          Bên em tự tính kinh phí khoảng 700 triệu.                  | 700000000  | 700000000
          """)
  void a_wage_is_no_budget_but_a_quantity_is_not_a_wage(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Hợp đồng mua máy trị giá 1,2 tỷ đã ký tháng trước, cần hỏi thủ tục. | null
          hop dong mua may tri gia 1,2 ty da ky thang truoc                  | null
          Khoản 500 triệu đã thanh toán cho nhà cung cấp.                    | null
          Kinh phí 500 triệu đã bao gồm lắp đặt.                             | 500000000
          Xưởng đã mua 3 máy ép 20 tấn/ngày mất khoảng 900 triệu.            | null
          xuong da mua 3 may ep 20 tan/ngay mat khoang 900 trieu             | null
          Xưởng đã mua 3 máy ép, giờ cần máy đóng gói khoảng 900 triệu.      | 900000000
          Năm ngoái xưởng mua 2 lò 50 kg/mẻ hết 400 triệu.                   | null
          """)
  void money_spent_or_signed_already_to_the_end_of_its_clause_is_no_budget(String text, Long budget) {
    assertBudget(text, budget, budget);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Năm 2024 HTX được huyện hỗ trợ 200 triệu mua máy cày.                | null
          nam 2024 htx duoc quy khuyen nong ho tro 200 trieu                   | null
          Kinh phí đề án nông thôn mới của huyện là 50 tỷ.                     | null
          kinh phi de an nong thon moi cua huyen la 50 ty                      | null
          Nguồn vốn khuyến công của tỉnh năm nay là 3 tỷ.                      | null
          Ngân sách của công ty cho chương trình chuyển đổi số là 800 triệu.   | 800000000
          """)
  void support_received_and_a_public_programmes_budget_are_not_the_business_budget(
      String text, Long budget) {
    assertBudget(text, budget, budget);
  }
}
