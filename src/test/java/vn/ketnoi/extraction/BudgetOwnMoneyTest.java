package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 20, fitted on money26 and money27: money that is not the business's own for the need — a
 * writer's conversion of a foreign budget ("60 ngàn đô, quy ra chắc tầm 1,5 tỷ"), a working-capital
 * loan named before its amount, spending done "hồi tháng 3" — and a budget the business would
 * stretch a little ("có 250 triệu, nếu hay thì thêm chút cũng được"); fitted on money32: a price
 * for one of several ("tầm 300 trieu/1 may, can 3 may") and "à không" right before the amount it
 * puts in place ("a k 1ty2"). Each with and without marks, and a case where the rule must not fire.
 */
class BudgetOwnMoneyTest {
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Ngân sách duyệt cho robot là 60 ngàn đô, quy ra chắc tầm 1,5 tỷ.        | null       | null
          ngan sach duyet cho robot la 60 ngan do, quy ra chac tam 1,5 ty         | null       | null
          Ngân sách 1,5 tỷ đồng cho robot.                                        | 1500000000 | 1500000000
          Công ty vay vốn lưu động 3 tỷ để mua hạt điều, giờ cần máy sấy.          | null       | null
          cty em vay von luu dong 3 ty o Agribank de mua nguyen lieu              | null       | null
          Công ty dành 3 tỷ cho máy sấy, vốn lưu động để riêng.                    | 3000000000 | 3000000000
          Hồi tháng 3 tụi tui mua thử 1 con robot hàn 420 triệu, không dùng được.  | null       | null
          hoi thang 3 tui tui mua thu 1 con robot han 420 trieu, khong dung duoc  | null       | null
          Tháng 3 tới tụi tui định mua robot hàn khoảng 420 triệu.                 | 420000000  | 420000000
          Bả nói có 250 triệu, nếu hay thì thêm chút cũng được.                    | null       | null
          ba noi co 250 trieu, neu hay thi them chut cung duoc                    | null       | null
          Bên em có 250 triệu, thêm thì không được.                                | 250000000  | 250000000
          e can may say, tam 300 trieu/1 may, can 3 may                           | null       | null
          Em cần máy sấy, tầm 300 triệu/1 máy, cần 3 máy.                          | null       | null
          Em cần máy sấy, kinh phí 300 triệu, 1 máy là đủ.                         | 300000000  | 300000000
          e can may in lua, tam 1ty... a k 1ty2 nha ad                            | 1200000000 | 1200000000
          Em cần máy in lụa, tầm 1 tỷ... à không 1 tỷ 2 nha.                       | 1200000000 | 1200000000
          em can may say, co 1 ty a, khong biet du chua                           | 1000000000 | 1000000000
          """)
  void money_not_the_business_own_for_the_need_and_a_stretch_leave_no_budget(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
