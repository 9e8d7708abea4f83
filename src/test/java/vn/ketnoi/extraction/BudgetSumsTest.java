package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 22: a total the business adds up itself is the budget when the amounts before it sum to it
 * exactly (items, phases, a loan beside own money), but not beside a support figure, a part
 * labelled the budget, an amount after it or sums that do not add up; a loan already taken is no
 * money it means to spend, so it does not make the own money a share.
 */
class BudgetSumsTest {
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          items add up          | cty e can 1 may cat laser khoang 600tr va 1 may chan 400tr, tong tam 1 ty | 1000000000 | 1000000000
          phases add up         | giai doan 1 lam nha kinh 2 ty, giai doan 2 them 1 ty ruoi, tong ca 2 giai doan tam 3 ty ruoi | 3500000000 | 3500000000
          loan and own money    | Công ty dự kiến vay ngân hàng 1 tỷ, cộng vốn tự có 500 triệu, tổng cộng 1,5 tỷ để mua máy. | 1500000000 | 1500000000
          loan and own money    | Em vay ưu đãi được 300 triệu, cộng với tiền nhà 200 triệu nữa, tổng cộng 500 triệu. | 500000000 | 500000000
          an upgrade is a part  | nang cap may song 1,2 ty, may in 2,5 ty, tong cong 3,7 ty cho xuong bao bi | 3700000000 | 3700000000
          does not add up       | Máy cắt 600tr và máy chấn 400tr, tổng tầm 1,2 tỷ. | |
          support is a part     | KP tự có: 400tr / KP xin hỗ trợ: 400tr / Tổng: 800tr | |
          a part is the budget  | kinh phi tu co 3 ty, vay them ngan hang 2 ty, tong dau tu 5 ty | |
          an amount after it    | Máy cắt 600tr, máy chấn 400tr, tổng 1 tỷ, bên em lo được 700tr. | |
          the corporation       | Máy cắt 1,2 tỷ, máy in 2,5 tỷ, phần mềm 400 triệu. Tổng công ty duyệt 4,1 tỷ. | |
          a loan already taken  | dang vay ngan hang 2 ty mo rong xuong, con may dong goi thi tu bo tam 400tr | 400000000 | 400000000
          a loan already taken  | Bên em vay ngân hàng 2 tỷ rồi, giờ tự bỏ thêm 800 triệu để mua hệ thống kho lạnh. | 800000000 | 800000000
          a loan to come        | vốn tự có 500 triệu, vay thêm 1 tỷ để mua máy | |
          """)
  void a_total_the_amounts_before_it_add_up_to_is_the_budget(String signal, String text, Long min, Long max) {
    assertBudget(text.replace(" / ", "\n"), min, max);
  }
}
