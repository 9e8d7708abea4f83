package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, round 8, the formal letters' classes as general rules (each with and without
 * diacritics, and with a sentence where the rule must not fire): where the money comes from
 * (a total then the business's own part, an own share as a percentage, a budget not settled yet,
 * a form's options with boxes to tick),
 * money held or agreed that is not to be spent on the technology (a fund's balance, a contract
 * under way, a contribution in kind, a public body's project), "gần X", "mức trần … là X", and
 * quotes named after "theo … của".
 */
class BudgetSourcesTest {
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Tổng mức đầu tư: 4,2 tỷ đồng. / Vốn tự có: 1,7 tỷ đồng / Vốn vay: 1,5 tỷ đồng   | null | null
          Tong muc dau tu: 4,2 ty dong. / Von tu co: 1,7 ty dong / Von vay: 1,5 ty dong     | null | null
          Vay 700 triệu, cộng vốn tự có 300 triệu, bên em tổng lo được 1 tỷ.              | 1000000000 | 1000000000
          Dự toán khoảng 1,5 tỷ đồng; Công ty tự đảm bảo 60%, đề nghị Sở hỗ trợ 40%.      | null | null
          du toan khoang 1,5 ty dong; cong ty tu dam bao 60%, de nghi So ho tro 40%         | null | null
          Kinh phí khoảng 2 tỷ, bên em tự lo được khoảng 60%.                             | null | null
          Tổng kinh phí 800 triệu, mong Sở hỗ trợ 50%.                                    | null | null
          Công ty chưa xác định kinh phí cho dây chuyền, dự án chung 12 tỷ.               | null | null
          cong ty chua xac dinh kinh phi cho day chuyen, du an chung 12 ty                  | null | null
          Kinh phí sẽ cân đối sau; quỹ hiện có 420 triệu.                                 | null | null
          Khả năng đầu tư: [ ] Dưới 500 triệu [x] 500 triệu - 1 tỷ [ ] Trên 1 tỷ          | null | null
          Kha nang dau tu: ( ) Duoi 500 trieu (X) 500 trieu - 1 ty ( ) Tren 1 ty            | null | null
          Mức đầu tư: ☐ Dưới 500 triệu ☒ 500 triệu - 1 tỷ ☐ Trên 1 tỷ                    | null | null
          Kinh phí (dự kiến): 500 triệu                                                   | 500000000 | 500000000
          Ngân sách đã phê duyệt: khoảng 2,8 tỷ đồng (tương đương khoảng 110.000 USD).    | 2800000000 | 2800000000
          ngan sach 2 ty dong, tuong duong khoang 80.000 USD                                | 2000000000 | 2000000000
          Budget khoảng 30.000 USD, tương đương 750 triệu đồng.                           | null | null
          """)
  void a_total_then_an_own_part_an_own_percentage_or_a_budget_not_settled_leave_it_unsure(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Quỹ đầu tư phát triển của HTX hiện còn 640 triệu đồng.                          | null | null
          Quy phat trien KH&CN cua doanh nghiep voi so du 420 trieu dong                    | null | null
          Cơ sở dự tính một trăm rưỡi triệu cho máy xay bột.                              | 150000000 | 150000000
          Đã đặt cọc 250 triệu cho nhà cung cấp (giá trị hợp đồng 1,9 tỷ đồng).           | null | null
          da dat coc 250 trieu cho nha cung cap (gia tri hop dong 1,9 ty dong)              | null | null
          Giá trị hợp đồng khoảng 2.000.000.000đ.                                          | null | null
          Cơ sở đối ứng bằng nhà xưởng và công lao động (quy đổi khoảng 300 triệu đồng).  | null | null
          co so doi ung bang nha xuong va cong lao dong (quy doi khoang 300 trieu dong)     | null | null
          Công ty tham gia dự án trồng tre tổng vốn 12 tỷ của tỉnh.                       | null | null
          cong ty tham gia du an trong tre tong von 12 ty cua tinh                          | null | null
          """)
  void a_funds_balance_a_contract_under_way_help_in_kind_and_a_public_project_are_no_budget(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Kinh phí HTX có thể bỏ ra gần 1 tỷ đồng.                                        | null | null
          Kinh phi HTX co the bo ra gan 1 ty dong                                           | null | null
          Kinh phí HTX khoảng 1 tỷ đồng, gắn với dây chuyền mới.                          | 1000000000 | 1000000000
          Mức trần cho khoản đầu tư này là 900 triệu đồng.                                | null | 900000000
          muc tran cho khoan dau tu nay la 900 trieu dong                                   | null | 900000000
          Kinh phí theo đề xuất của Trường khoảng 850 triệu. HTX dự kiến chi 300 triệu.   | 300000000 | 300000000
          Kinh phí theo đề xuất của Trường khoảng 850 triệu.                              | null | null
          Theo tư vấn của Viện, bộ thiết bị có giá khoảng 450–500 triệu đồng.             | null | null
          theo tu van cua Vien, bo thiet bi co gia khoang 450-500 trieu dong                | null | null
          Tổng giá trị máy theo báo giá của Công ty Cơ khí Minh Tâm là 680 triệu đồng.    | null | null
          """)
  void nearly_an_amount_a_ceiling_named_and_an_advisers_figure_are_read_as_such(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
