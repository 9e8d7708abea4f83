package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 12 (money19, money21): money shared with others where the business's own part is only a
 * share (a percentage, a half, the rest, support inside the total), with and without marks; and the
 * cases where a figure after the share names the part, or the share is the whole.
 */
class BudgetSharesTest {
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          own part is the rest      | Tổng mức đầu tư 2,4 tỷ. Công ty xin Sở hỗ trợ 30%, phần còn lại công ty tự lo. | |
          own part is the rest      | tong muc dau tu 2,4 ty. cong ty xin so ho tro 30%, phan con lai cong ty tu lo. | |
          own part is the rest      | Giá máy bên Đài Loan chào 1,2 tỷ. Sở hỗ trợ được bao nhiêu thì HTX lo phần còn lại. | |
          the rest, then its figure | Mong Sở hỗ trợ 30% kinh phí. Phần còn lại công ty tự lo, khoảng 700 triệu. | 700000000 | 700000000
          a partner's half          | Dự án nhà màng khoảng 3 tỷ, bên đối tác Thái Lan góp một nửa. | |
          a partner's half          | du an lam nha mang khoang 3 ty, ben doi tac ben thai lan gop mot nua. | |
          split in two              | Tổng vốn 12 tỷ, hai bên chia đôi. | |
          split in two              | tong von 12 ty, hai ben chia doi | |
          a half, then its figure   | Em có thể chi một nửa số vốn, tức là 300 triệu. | 300000000 | 300000000
          a half, then its figure   | em co the chi mot nua so von, tuc la 300 trieu | 300000000 | 300000000
          own share in percent      | Kinh phí: đối tác nước ngoài tài trợ 70%, công ty 30%. Tổng dự toán 1,1 tỷ. | |
          own share in percent      | kinh phi du kien 2.5ty, htx co 40% con lai keu goi nha dau tu | |
          the whole as a percent    | HTX đối ứng 100% kinh phí 650 triệu. | 650000000 | 650000000
          the whole is no share     | Kinh phí: 650 triệu (HTX 100%). | 650000000 | 650000000
          support inside the total  | Dự kiến khoảng 3,5 tỷ đồng, trong đó HTX mong được hỗ trợ một phần. | |
          support inside the total  | du kien khoang 3,5 ty dong, trong do htx mong duoc ho tro mot phan | |
          support inside, a figure  | Kinh phí dự kiến 650 triệu, trong đó đề nghị hỗ trợ 200 triệu. | |
          support inside, a figure  | kinh phi du kien 650 trieu, trong do de nghi ho tro 200 trieu | |
          a plain drop is no share  | Máy quay mật ong giảm thủy phần xuống 19%. Hộ tự bỏ: 75.000.000đ | 75000000 | 75000000
          """)
  void an_own_part_named_only_as_a_share_is_no_budget(String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
