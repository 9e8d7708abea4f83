package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 22: the part singled out with "riêng" is the budget, the amounts before it the whole it
 * belongs to; not when the business says it spends one of those, when the part is a price or is put
 * off, nor for "sầu riêng" or "dành riêng".
 */
class BudgetSingledTest {
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          part of a plant       | Tổng vốn đầu tư nhà máy của HTX là 15 tỷ đồng, riêng dây chuyền chưng cất cần khoảng 3 tỷ đồng. | 3000000000 | 3000000000
          part beside a loan    | Công ty vay ngân hàng 3 tỷ để mở rộng, riêng phần dây chuyền đóng lon tự động dự chi 800 triệu. | 800000000 | 800000000
          typed plain           | ke hoach nang cap toan xuong nam nay khoang 12 ty, rieng con may CNC 5 truc thi danh 3,5 ty | 3500000000 | 3500000000
          own money for both    | Dạ bên em tính 2 tỷ rưỡi, nhưng mà là cho cả 2 hạng mục: máy ép nhựa và khuôn. Riêng khuôn chắc 800tr | |
          arranged for another  | Doanh nghiệp có thể bố trí 200 - 300 triệu cho tư vấn, riêng phần cải tạo nhà xưởng khoảng 1,5 tỷ sẽ làm sau. | |
          a price               | Tổng vốn dự án 10 tỷ, riêng máy sấy giá 2 tỷ. | |
          durian                | Vuon sau rieng 2 ty roi, may tach hat sau rieng em nghi chac cung phai 1 ty | |
          """)
  void the_part_singled_out_is_the_budget(String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
