package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 21 (money26, money27, money28): amounts that are someone else's, or one option among
 * others, with and without marks; and the same words where the amount stays the business's.
 */
class BudgetOptionsTest {
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          a supplier reports it    | Xưởng cơ khí ở Biên Hòa báo 260 triệu, tui trả giá 220 rồi mà họ chưa chịu. | |
          a party's quote, labelled| chi phi ben dich vu bao 25 trieu tron goi | |
          a report taken as own    | Chi phí do đơn vị chứng nhận báo là 220 triệu đồng; Công ty đồng ý chi trả toàn bộ khoản này. | 220000000 | 220000000
          a quote a label adopts   | Kinh phí dự kiến: theo báo giá 2 tỷ. | 2000000000 | 2000000000
          support asked            | Công ty đề nghị hỗ trợ kinh phí 500 triệu đồng để mua máy thổi màng. | |
          support asked            | cong ty xin ho tro kinh phi 500 trieu de mua may thoi mang | |
          what the thing costs     | Đề nghị Sở giới thiệu nhà cung cấp. Máy có giá 2,3 tỷ đồng. | |
          own money, not a price   | Bên em có 2,3 tỷ cho máy thổi màng. | 2300000000 | 2300000000
          a whole not allocated    | Tổng đầu tư nhà máy năm nay 40 tỷ, hạng mục xử lý nước thải chưa phân bổ. | |
          a whole not allocated    | kinh phi nam nay la 6 ty cho ca 3 hang muc, may song carton chua chia cu the | |
          the whole need           | Ngân sách năm 2026 là 2 tỷ đồng cho cả hai hạng mục. | 2000000000 | 2000000000
          a monthly instalment     | muon mua tra gop, moi thang tra toi da 5tr | |
          a raise asked, not given | Ngân sách giao cho phòng kỹ thuật là 2 tới 2,5 tỷ, phòng kỹ thuật đề nghị nâng lên 3 tỷ. | |
          a raise it can make      | Lo được 1 tỷ, có thể nâng lên 1,5 tỷ. | 1000000000 | 1500000000
          a cheaper option         | Tiền tầm 200-250 triệu. Nếu có máy cũ còn tốt thì tầm 150 cũng được. | |
          a dearer option          | Tầm 100 triệu, nhưng nếu có thêm báo cáo thì 150 cũng được. | 100000000 | 150000000
          a ceiling asked about    | Chi phí bao nhiêu? Dưới 100tr có làm được không? | |
          a ceiling asked about    | may duoi 1ty co duoc so ho tro k a? e dang can may ep vien | |
          a ceiling, where to buy  | Trại giống cần camera AI đếm tôm giống, tỷ mốt là tối đa, chừ mua ở mô? | | 1100000000
          a resolution's cap       | Theo Nghị quyết của HĐND tỉnh thì hỗ trợ tối đa 300 triệu cho mỗi dự án. HTX em xin mức đó. | |
          all of it asked          | HTX chưa thể tự bỏ tiền. HTX kiến nghị tỉnh hỗ trợ toàn bộ 1,2 tỷ đồng để xây hệ thống xử lý. | |
          not agreed yet           | Ý kiến anh Dũng: nên đầu tư máy lọc 300 triệu. / Kết luận: chưa thống nhất, chờ ý kiến của Sở. | |
          not approved yet         | Bộ phận kỹ thuật muốn thay chiller, dự toán 3,2 tỷ, đang trình. | |
          presenting, not pending  | Như em đang trình bày, kinh phí 300 triệu cho máy sấy. | 300000000 | 300000000
          not approved yet         | Chi nhánh đã đề xuất 5 tỷ nhưng tập đoàn mới duyệt 3 tỷ, đang xin duyệt bổ sung. | |
          a saving estimated       | Đơn vị kiểm toán ước tính tiết kiệm 40 triệu tiền điện mỗi tháng. | |
          "à" is "anh" on a line   | co so e can may say / tam 80-100tr / a tu van giup e voi / 0945 883 016 | 80000000 | 100000000
          """)
  void someone_elses_figure_or_one_option_among_others_is_no_budget(
      String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
