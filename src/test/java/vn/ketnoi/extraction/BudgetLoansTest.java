package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 21 (money24, money26, money32, money35, money37, money38): borrowed money is never the
 * budget, and an amount beside a loan still to be taken is unsure unless it is named the
 * business's own; with and without marks, and the loans that leave the amount as it is.
 */
class BudgetLoansTest {
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          a loan to come           | Công ty dự định vay 2 tỷ để mua máy ép cám viên. | |
          a loan to come           | cty du dinh vay 2 ty de mua may ep cam vien | |
          a loan to come           | e dinh vay bank 1ty de mua day chuyen lam bun | |
          a lease's value          | Giá trị hợp đồng thuê tài chính dự kiến 2,8 tỷ đồng, trả góp 48 tháng. | |
          a credit line's use      | Công ty được cấp hạn mức tín dụng 5 tỷ, dự kiến dùng 3 tỷ để mua máy. | |
          a credit line's use      | cong ty duoc cap han muc tin dung 5 ty, du kien dung 3 ty de mua may | |
          a loan inside the total  | Tổng đầu tư dự kiến 5 tỷ, trong đó vay ngân hàng 3 tỷ. | |
          a loan inside the total  | tong dau tu du kien 5 ty, trong do vay ngan hang 3 ty | |
          sources mixed            | Tổng mức đầu tư: 1,1 tỷ đồng. Nguồn vốn: vốn tự có và vay ngân hàng. | |
          a loan may be inside     | Công ty có thể bố trí kinh phí 10-12 tỷ đồng, trong đó có thể vay ưu đãi. | |
          own, then a loan after   | HTX đã có 250 triệu, vay ngân hàng thêm 150 triệu nữa là đủ. | |
          a fallback if no loan    | Đang xin vay 1 tỷ để mua máy phay. Nếu không vay được thì chỉ mua được máy tầm 500 triệu. | |
          own beyond doubt         | Tụi tui tự có 200 triệu, tính vay thêm ngân hàng 300 triệu nữa để làm nhà màng. | 200000000 | 200000000
          own beyond doubt         | tui tui tu co 200 trieu, tinh vay them ngan hang 300 trieu nua | 200000000 | 200000000
          own after a loan         | Quỹ phát triển KH&CN cho vay 1 tỷ lãi suất 0%, bên em góp thêm 800tr để mua dây chuyền. | 800000000 | 800000000
          a loan already held      | Ben em moi vay 800tr mua may ep cam, gio can them phan mem quan ly, tam 40tr. | 40000000 | 40000000
          a loan already held      | Năm 2023 công ty vay ngân hàng 2 tỷ mua máy, nay dự kiến chi trên 150 triệu cho phần mềm. | 150000000 |
          a loan held, other use   | Tổ có khoảng 300 triệu, ngân hàng đã cho vay 500 triệu để mua con giống. | 300000000 | 300000000
          no loan taken            | Công ty dành ra 3 tỉ đồng, không vay ngân hàng. | 3000000000 | 3000000000
          a loan if short          | Kinh phí 800 triệu, nếu không đủ thì vay thêm. | 800000000 | 800000000
          so, not a loan           | Vậy kinh phí tầm 300 triệu. | 300000000 | 300000000
          so, not a loan           | Như vậy tổng là 500 triệu cho máy sấy. | 500000000 | 500000000
          so, typed plain          | vay kinh phi tam 300 trieu | 300000000 | 300000000
          so, typed plain          | nhu vay tong la 500 trieu | 500000000 | 500000000
          """)
  void borrowed_money_is_no_budget_and_leaves_the_amount_beside_it_unsure(
      String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
