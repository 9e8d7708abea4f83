package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12's last wrong budgets, as general rules of reading (each with and without diacritics,
 * and with a sentence where the rule does not apply): ceilings said as a refusal, a raise on a
 * condition, amounts that are nobody's budget, and a part beside its whole.
 */
class BudgetRolesTest {
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
          Vượt 500 triệu thì bên em không làm.                       | null       | 500000000
          Từ 500 triệu trở lên thì bên em không lo được.             | null       | 500000000
          tu 500 trieu tro len thi ben em khong lo duoc              | null       | 500000000
          Từ 500 triệu trở lên thì tốt.                              | 500000000  | null
          Trên 1 tỷ là tốt, ít hơn thì thôi.                         | 1000000000 | null
          Nhiều nhất 1,2 tỷ, ít nhất cũng phải 900 triệu.            | 900000000  | 1200000000
          Máy này ít nhất cũng phải 2 tỷ, mà bên em chỉ có 800 triệu. | null      | null
          Trên 2 tỷ, dưới 1 tỷ.                                      | null       | null
          Dự kiến 2 tỷ, tối đa có thể 2,5 tỷ.                        | 2000000000 | 2500000000
          du kien 2 ty, toi da co the 2,5 ty                         | 2000000000 | 2500000000
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
          Công ty lương thực cần máy 500 triệu.                      | 500000000  | 500000000
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
          Hợp đồng đã ký trị giá 800 triệu.                                  | null
          Năm ngoái ký hợp đồng 500 triệu mua máy.                           | null
          Hợp đồng trị giá 1,5 tỷ ký năm 2024 với đối tác Đức.               | null
          hop dong tri gia 1,5 ty ky nam 2024 voi doi tac Duc                | null
          Cần vay mua máy 1,5 tỷ kỳ hạn 5 năm.                               | null
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
          HTX đã nhận hỗ trợ 200 triệu từ dự án.                               | null
          Máy giá 900 triệu, quỹ hỗ trợ 400 triệu, còn lại công ty tự lo.      | null
          Máy giá 900 triệu, công ty tự lo.                                    | 900000000
          Kinh phí đề án nông thôn mới của huyện là 50 tỷ.                     | null
          kinh phi de an nong thon moi cua huyen la 50 ty                      | null
          Nguồn vốn khuyến công của tỉnh năm nay là 3 tỷ.                      | null
          Quỹ phát triển KH&CN của tỉnh có 50 tỷ.                              | null
          Ngân sách của công ty cho chương trình chuyển đổi số là 800 triệu.   | 800000000
          """)
  void support_received_and_a_public_programmes_budget_are_not_the_business_budget(
      String text, Long budget) {
    assertBudget(text, budget, budget);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Bên em lo được 800 triệu, nếu vay được thì lên 1 tỷ.       | null       | null
          ben em lo duoc 800 trieu, neu vay duoc thi len 1 ty        | null       | null
          Kinh phí tầm 2 tỷ, có thêm vốn thì được 2,5 tỷ.            | 2000000000 | 2500000000
          Khoảng 3 tỷ, nếu máy tốt thì 4 tỷ cũng được.               | 3000000000 | 4000000000
          Bên em tính 1 tỷ, máy tốt thì 1,2 tỷ cũng được.            | 1000000000 | 1200000000
          ben em tinh 1 ty, may tot thi 1,2 ty cung duoc             | 1000000000 | 1200000000
          Kinh phí 1 tỷ, nếu có hỗ trợ thì bên em đầu tư 2 tỷ.       | 1000000000 | 2000000000
          khoang 3 ty, neu may tot thi 4 ty cung duoc                | 3000000000 | 4000000000
          Kinh phí 1 tỷ, nếu được hỗ trợ thì chỉ 600 triệu.          | null       | null
          Kinh phí 1 tỷ, nếu được hỗ trợ thì bên em bỏ thêm 200 triệu. | null     | null
          Kinh phí khoảng 400 triệu, nếu Sở hỗ trợ thêm thì làm cả hệ thống 600 triệu. | null | null
          kinh phi khoang 400 trieu, neu so ho tro them thi lam ca he thong 600 trieu  | null | null
          Kinh phí 800 triệu, nếu không đủ thì vay thêm.             | 800000000  | 800000000
          """)
  void a_second_amount_after_a_condition_and_then_is_what_the_business_would_go_up_to(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Dự án đầu tư từ 5 tỷ trở lên thì có được vay ưu đãi không?   | null       | null
          du an dau tu tu 5 ty tro len thi co duoc vay uu dai khong    | null       | null
          Công ty đầu tư máy móc trên 2 tỷ thì được hỗ trợ bao nhiêu?  | null       | null
          Bên em đầu tư trên 1 tỷ, Sở có hỗ trợ không?                 | 1000000000 | null
          Bên em có kinh phí tối đa 500 triệu thì mua được máy nào?    | null       | 500000000
          Kinh phí 500 triệu thì Sở hỗ trợ được không?                 | 500000000  | 500000000
          """)
  void a_floor_before_then_in_a_question_is_a_threshold_asked_about(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Tổng kinh phí 3 tỷ, trong đó thiết bị công nghệ 2 tỷ.                 | 2000000000
          tong kinh phi 3 ty, trong do thiet bi cong nghe 2 ty                  | 2000000000
          Đầu tư 10 tỷ cho nhà xưởng mới, trong đó dây chuyền chiết rót khoảng 3 tỷ. | 3000000000
          Tổng vốn 5 tỷ, trong đó xây nhà xưởng 3 tỷ.                           | null
          Kinh phí 2 tỷ, trong đó một nửa cho thiết bị.                         | null
          Tổng kinh phí 2 tỷ, trong đó một nửa là vốn vay.                      | null
          tong von 5 ty, trong do xay nha xuong 3 ty                            | null
          Tổng kinh phí 2 tỷ, trong đó doanh nghiệp đối ứng 1 tỷ.               | null
          Tổng kinh phí 3 tỷ cho thiết bị công nghệ.                            | 3000000000
          Bên em có 1 tỷ, chỉ dành một nửa cho máy.                             | null
          ben em co 1 ty, chi danh mot nua cho may                              | null
          Xưởng có 900 triệu, dùng được khoảng 1/3 cho dự án này.               | null
          Bên em có 1 tỷ, dành hết cho máy.                                     | 1000000000
          """)
  void a_part_is_taken_only_when_plainly_the_technologys_and_a_fraction_is_never_computed(
      String text, Long budget) {
    assertBudget(text, budget, budget);
  }
}
