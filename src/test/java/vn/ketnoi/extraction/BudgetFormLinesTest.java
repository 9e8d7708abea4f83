package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12's rules for a form label ("Kinh phí dự kiến:", "Tổng vốn đầu tư:") that does not settle
 * the amount's role by itself: what the business says it can arrange wins over a quote, a quote
 * beside another amount on the label's line is the seller's figure, a total beside what the
 * business can arrange or beside its own share and the Sở's is unsure, a later line naming the
 * technology's part gives the part, and a public programme's own total is not the business's. Each with and without
 * diacritics, and with sentences where the rule does not apply. " / " stands for a new line.
 */
class BudgetFormLinesTest {
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Kinh phí dự kiến: nhà cung cấp báo giá 3 tỷ, công ty thu xếp được 2 tỷ 5.     | 2500000000 | 2500000000
          kinh phi du kien: ben ban bao gia 900 trieu, cty bo tri duoc 700 trieu       | 700000000  | 700000000
          Giá máy 800 triệu, bên em cân đối được 600 triệu.                            | 600000000  | 600000000
          Công ty huy động được 1,2 tỷ cho dây chuyền.                                 | 1200000000 | 1200000000
          Báo giá 2 tỷ, công ty không thu xếp được.                                    | null       | null
          Công ty chưa bố trí được 2 tỷ cho dây chuyền này.                            | null       | null
          cty khong lo duoc 2 ty                                                       | null       | null
          Kinh phí dự kiến: theo báo giá là 3 tỷ 2, công ty bố trí đc 2 tỷ 1           | 2100000000 | 2100000000
          bao gia 1 ty 5, cty thu xep dc 1 ty 2                                        | 1200000000 | 1200000000
          e can may chiet rot, chi lo dc 80tr thoi a                                   | null       | null
          Kinh phí dự kiến: 3 tỷ 2 theo báo giá, công ty đáp ứng được 2 tỷ 1           | 2100000000 | 2100000000
          """)
  void what_the_business_can_arrange_wins_over_a_quote_and_what_it_cannot_is_no_budget(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Kinh phí dự kiến: theo báo giá là 3 tỷ 2, công ty đáp ứng 2 tỷ 1             | null       | null
          kinh phi du kien: ben ban chao gia 900 trieu, ben em tinh 700 trieu          | 700000000  | 700000000
          Kinh phí dự kiến: theo báo giá 2 tỷ                                          | 2000000000 | 2000000000
          kinh phi du kien: 2 ty theo bao gia                                          | 2000000000 | 2000000000
          Kinh phí dự kiến: 3 tỷ 2 (báo giá), công ty tính 2 tỷ 1                      | null       | null
          """)
  void a_quote_after_a_form_label_is_the_seller_figure_when_another_amount_shares_its_line(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Kinh phí dự kiến: 800 triệu (công ty lo 500 triệu, đề nghị Sở hỗ trợ 300 triệu) | null | null
          kinh phi du kien: 800 trieu (cong ty lo 500 trieu, de nghi so ho tro 300 trieu) | null | null
          Kinh phí dự kiến: 800 triệu (HTX chịu 500 triệu, mong Sở hỗ trợ 300 triệu)   | null | null
          kinh phi du kien: 800 trieu (cty chi 500 trieu, xin so ho tro 300 trieu)     | null | null
          Kinh phí dự kiến: 800 triệu, công ty tự lo toàn bộ.                          | 800000000 | 800000000
          HTX lo 500 triệu, còn thiếu thì xin Sở.                                      | 500000000 | 500000000
          Tổng vốn đầu tư: 3 tỷ, công ty bố trí được 2 tỷ, còn lại vay ngân hàng.      | null | null
          tong kinh phi 3 ty, cty huy dong dc 2 ty, xin so ho tro 1 ty                 | null | null
          Kinh phí dự kiến: 3 tỷ (công ty thu xếp được 2 tỷ, còn lại đề nghị Sở hỗ trợ) | null | null
          """)
  void a_total_beside_the_business_share_or_what_it_can_arrange_is_unsure(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Tổng mức đầu tư dự án: 30 tỷ / Phần thiết bị sấy (đề nghị kết nối): khoảng 4 tỷ | 4000000000 | 4000000000
          Tong von du an: 12 ty / Phan day chuyen cong nghe: 3 ty                      | 3000000000 | 3000000000
          Tổng vốn dự án: 12 tỷ / Phần nhà xưởng: 5 tỷ                                 | null       | null
          Tổng vốn dự án: 12 tỷ / Phân bón hữu cơ cho vùng nguyên liệu                 | 12000000000 | 12000000000
          Tổng vốn đầu tư dự án 20 tỷ. Phần thiết bị lọc bụi khoảng 1,5 tỷ.            | 1500000000 | 1500000000
          Tong von dau tu: 20 ty / - Hang muc may moc: 6 ty                            | 6000000000 | 6000000000
          Tổng vốn dự án: 12 tỷ / Phần xây dựng nhà xưởng và hạ tầng cho thiết bị: 5 tỷ | null       | null
          Tổng vốn đầu tư dự án: 30 tỷ / Kinh phí cho công nghệ lọc bụi: khoảng 3 tỷ    | null       | null
          tong von dau tu: 30 ty / nhu cau ket noi thiet bi loc bui khoang 3 ty         | null       | null
          """)
  void a_later_line_naming_the_technology_part_gives_the_part_and_one_naming_the_technology_is_unsure(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Chương trình khuyến công quốc gia năm nay có 50 tỷ, doanh nghiệp nhỏ xin được không? | null | null
          chuong trinh nong thon moi cua huyen tong 8 ty, ben em xin duoc ko                  | null | null
          Bên em cần chương trình tính giá thành khoảng 30 triệu.                             | 30000000 | 30000000
          Cần chương trình quản lý kho tầm 50 triệu.                                          | 50000000 | 50000000
          Tham gia chương trình khuyến nông với dự án 600 triệu.                              | 600000000 | 600000000
          Quỹ đổi mới công nghệ của tỉnh năm nay có 40 tỷ, bên em xin được không?             | null | null
          de an khuyen cong quoc gia tong 60 ty                                               | null | null
          Quý 2 năm nay bên em đầu tư 900 triệu cho kho lạnh.                                 | 900000000 | 900000000
          """)
  void a_public_programme_total_is_not_the_business_budget(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
