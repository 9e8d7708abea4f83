package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 21: a split of the money stated anywhere in the message leaves no budget, since outside
 * labellers wrote the total for some of these words and none for the same words elsewhere; the
 * business's own part beside a split is read; a split only asked about, supposed or a programme's
 * rule leaves the amount.
 */
class BudgetSplitsTest {
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          split on the next line   | Tổng mức đầu tư: 3,5 tỷ đồng. / Đề nghị hỗ trợ: 30% tổng mức đầu tư. | |
          split on the next line   | Kinh phi du kien: 1,5 ty / De nghi ho tro: 30% kinh phi | |
          counterpart share        | Tổng dự toán: 2,4 tỷ / Kinh phí đối ứng: 35% | |
          counterpart share        | Tổng mức đầu tư: 15 tỷ đồng. / Trong đó vốn đối ứng của công ty chiếm 70%. | |
          a part asked, no figure  | Kinh phí 2,5 tỷ. Đề nghị Sở hỗ trợ một phần kinh phí. | 2500000000 | 2500000000
          a part asked, no figure  | kinh phi 2,5 ty. de nghi so ho tro 1 phan kinh phi | 2500000000 | 2500000000
          the own part's figure    | Đề nghị Sở hỗ trợ 30% kinh phí, phần công ty đối ứng là 700 triệu cho lò sấy. | 700000000 | 700000000
          the own part's figure    | mong so ho tro 30%, phan con lai cty tu lo tam 400tr | 400000000 | 400000000
          the share equals it      | Von doi ung cua HTX: 45% tong du toan, bang 405.000.000 d. | 405000000 | 405000000
          own share of a whole     | Sở hỗ trợ 40%, công ty đối ứng 60% cho dự án máy sấy 1,5 tỷ. | |
          a part asked if any      | Kinh phí dự kiến HTX tự bố trí khoảng 1,8 tỷ, nếu được Sở hỗ trợ một phần thì tốt. | 1800000000 | 1800000000
          a share asked about      | Dự trù 850 triệu. Sở hỗ trợ được 50% kinh phí hông? | 850000000 | 850000000
          a programme's rule       | Chương trình hỗ trợ tối đa 30%. Bên em bỏ ra khoảng 1 tỷ. | 1000000000 | 1000000000
          past support             | Năm 2023 công ty được hỗ trợ 30% trong dự án cũ. Lần này muốn đầu tư khoảng 900 triệu. | 900000000 | 900000000
          not of the money         | Máy ép hiện chiếm 14% giá thành. Kinh phí dự kiến 5 tỷ. | 5000000000 | 5000000000
          support with its figure  | Kinh phí dự kiến 650 triệu, trong đó đề nghị hỗ trợ 200 triệu. | |
          support asked, a figure  | Ngân sách 2 tỷ, nhưng chủ yếu xin Sở 1 tỷ. | |
          own money beside support | Công ty dự kiến bỏ vốn khoảng 1,5 tỷ đồng, đồng thời đề nghị Nhà nước hỗ trợ 500 triệu đồng. | 1500000000 | 1500000000
          """)
  void a_split_stated_leaves_no_budget_unless_the_amount_is_the_own_part(
      String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
