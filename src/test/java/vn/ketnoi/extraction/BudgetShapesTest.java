package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12's rules of a budget's shape and owner, as a Vietnamese reader states them (each with
 * and without diacritics, and with sentences where the rule does not apply): a single amount is
 * stored only when nothing in its clause bounds it or lets it move; loans taken, deposits, running
 * costs, profit, wages, options weighed and a programme's total are not the business's money for
 * the technology; "tam" typed plain before a number word is "tám" or "tầm".
 */
class BudgetShapesTest {
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Ngân sách chỉ 300 triệu thôi.                              | null | null
          ngan sach chi 300 trieu thoi                               | null | null
          Chỉ khoảng 500 triệu thôi ạ.                               | null | null
          Giá máy chỉ 300 triệu nhưng không đủ công suất.            | null | null
          Bên em dám chi khoảng 400 triệu cho dây chuyền.            | null | null
          Tầm 200 triệu, nếu tốt thì 150 cũng được.                  | null | null
          tam 200 trieu, neu tot thi 150 cung duoc                   | null | null
          """)
  void a_single_amount_beside_a_limit_or_raise_word_no_rule_read_is_no_budget(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Lo được 300 triệu, cố lắm thì 400 triệu.                   | 300000000 | 400000000
          lo duoc 300 trieu, co lam thi 400 trieu                    | 300000000 | 400000000
          Bên em cần máy. lo duoc 300 trieu, co lam thi 400 trieu    | 300000000 | 400000000
          Chúng tôi có khoảng 800 triệu, cố gắng thì lên 1 tỷ.       | 800000000 | 1000000000
          chung toi co khoang 800 trieu, co gang thi len 1 ty        | 800000000 | 1000000000
          Tầm 100 triệu, nhưng nếu có thêm báo cáo thì 150 triệu cũng được. | 100000000 | 150000000
          Tầm 200 triệu, nhưng nếu máy tốt thì 250 cũng được.        | 200000000 | 250000000
          tam 200 trieu, nhung neu may tot thi 250 cung duoc         | 200000000 | 250000000
          Khoảng 1 tỷ 2, máy tốt thì 1,5 cũng được.                  | 1200000000 | 1500000000
          Bên em chỉ có 700 triệu.                                   | null      | null
          Không dám quá 200 triệu.                                   | null      | 200000000
          khong dam qua 200 trieu                                    | null      | 200000000
          Gom góp được 400 triệu, hết chừng đó thì thôi.             | null      | 400000000
          gom gop duoc 400 trieu, het chung do thi thoi              | null      | 400000000
          Chỉ còn lo được 600 triệu.                                 | null      | null
          chi con lo duoc 600tr                                      | null      | null
          Bên em chỉ chuẩn bị được khoảng 2 tỷ.                      | null      | null
          chi chuan bi duoc khoang 2 ty                              | null      | null
          """)
  void a_raise_by_straining_or_without_its_unit_and_a_ceiling_said_as_what_is_left_settle_the_shape(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Em chỉ cần máy tầm 200 triệu thôi.                         | 200000000
          Kinh phí 500 triệu, lãi suất vay quá cao.                  | 500000000
          Dự trù 850 triệu, máy nước nào cũng được.                  | 850000000
          Sở hỗ trợ tối đa 300 triệu, bên em dự kiến khoảng 120 triệu. | 120000000
          Kinh phí khoảng 500 triệu thôi.                            | 500000000
          kinh phi khoang 500 trieu thoi                             | 500000000
          Cần máy lên men 300 triệu.                                 | 300000000
          Công ty chỉ làm gia công, cần máy khoảng 500 triệu.        | 500000000
          Mua thẳng không qua trung gian, kinh phí 500 triệu.        | 500000000
          mua thang khong qua trung gian, kinh phi 500 trieu         | 500000000
          Kinh phí 1.500.000.000 đồng, chỉ cần máy chạy ổn.          | 1500000000
          """)
  void a_word_that_bounds_nothing_here_or_another_amount_leaves_the_single_amount(
      String text, long amount) {
    assertBudget(text, amount, amount);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Xưởng đang có khoản vay 3 tỷ để mở rộng nhà xưởng, giờ cần máy cắt. | null | null
          xuong dang co khoan vay 3 ty de mo rong nha xuong, gio can may cat  | null | null
          HTX vay 300 triệu năm 2024 để mua phân bón, nay muốn tư vấn máy bón phân. | null | null
          htx vay 300 trieu nam 2024 de mua phan bon, nay muon tu van may bon phan  | null | null
          Đã vay ngân hàng 2 tỷ rồi, giờ cần máy.                    | null | null
          vay ngan hang 2 ty roi, gio can may                        | null | null
          Công ty cần vay 2 tỷ để đầu tư dây chuyền.                 | null | null
          Dự kiến vay 1 tỷ năm 2027 để mua máy.                      | null | null
          du kien vay 1 ty nam 2027 de mua may                       | null | null
          Mua máy 300 triệu rồi lắp đặt luôn.                        | 300000000  | 300000000
          Đã đặt cọc 150 triệu cho bên lắp đặt.                      | null | null
          dat coc 50tr roi ma chua giao may                          | null | null
          """)
  void a_loan_held_taken_or_to_come_and_a_deposit_paid_are_no_budget(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Chi phí năng lượng mỗi năm khoảng 22 tỷ.                   | null | null
          chi phi dien khoang 500 trieu                              | null | null
          Chi phí lắp điện mặt trời khoảng 500 triệu.                | 500000000 | 500000000
          Chi phí điện mặt trời áp mái 800 triệu.                    | 800000000 | 800000000
          Mỗi năm HTX chia lãi khoảng 300 triệu.                     | null | null
          htx chia lai 300 trieu moi nam                             | null | null
          Bên em cần máy. tuyen tho van hanh luong 12tr              | null | null
          Thuê dịch vụ hay mua máy 200 triệu thì lợi hơn?            | null | null
          thue dich vu hay mua may 200 trieu thi loi hon?            | null | null
          Bên em có 200 triệu, Sở có hỗ trợ hay không?               | 200000000 | 200000000
          Chương trình đã hỗ trợ hơn 200 tỷ cho 23 nhiệm vụ.         | null | null
          chuong trinh da ho tro hon 200 ty cho 23 nhiem vu          | null | null
          Dự án trên 2 tỷ phải qua hội đồng thẩm định đúng không ạ?  | null | null
          du an tren 2 ty phai qua hoi dong tham dinh dung khong a?  | null | null
          Dự án bên em trên 2 tỷ.                                    | 2000000000 | null
          """)
  void running_costs_profit_wages_options_asked_and_thresholds_asked_are_no_budget(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          tong kinh phi tam ty 2                                     | null | null
          kinh phi tam tram trieu                                    | null | null
          Kinh phí tám trăm triệu.                                   | 800000000 | 800000000
          kinh phi tam 300tr                                         | 300000000 | 300000000
          """)
  void tam_typed_plain_before_a_number_word_is_eight_or_about_so_no_budget(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Bên em chắc tầm 7-800 triệu.                               | 700000000  | 800000000
          ben e chac tam 7-800tr                                     | 700000000  | 800000000
          Tự lo được tầm 5-600 triệu.                                | 500000000  | 600000000
          tu lo duoc tam 5-600 trieu                                 | 500000000  | 600000000
          Tầm 2-300 củ.                                              | 200000000  | 300000000
          tam 2-300 cu                                               | 200000000  | 300000000
          Khoảng 9-800 triệu.                                        | null       | null
          Khoảng 2-30 triệu.                                         | null       | null
          Khoảng 5-10 triệu.                                         | 5000000    | 10000000
          Khoảng 1-2 tỷ.                                             | 1000000000 | 2000000000
          Khoảng 800 - 1 tỷ.                                         | 800000000  | 1000000000
          Tầm 700 triệu ± 50.                                        | null       | null
          Tầm 700 triệu trên dưới 50.                                | null       | null
          tam 700 trieu tren duoi 50                                 | null       | null
          Trên dưới 700 triệu.                                       | 700000000  | 700000000
          """)
  void a_short_range_takes_the_second_ends_magnitude_and_a_margin_is_never_computed(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  /** Round 10 (money15, money16): an upper bound said after the amount or as a ceiling price, a range in English. */
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Chúng tôi có thể đầu tư khoảng 1 tỷ trở lại.               | null | 1000000000
          chung toi co the dau tu khoang 1 ty tro lai                | null | 1000000000
          Kinh phí 800 triệu trở lại đây là hợp lý.                  | 800000000 | 800000000
          Giá trần 6 tỷ đồng.                                        | null | 6000000000
          gia tran 6 ty dong                                         | null | 6000000000
          The budget range we have is 3 to 3.5 tỷ.                   | 3000000000 | 3500000000
          the budget range we have is 3 to 3,5 ty                    | 3000000000 | 3500000000
          Máy to 3 tấn, kinh phí 3,5 tỷ.                             | 3500000000 | 3500000000
          """)
  void an_upper_bound_after_the_amount_a_ceiling_price_and_an_english_range(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
