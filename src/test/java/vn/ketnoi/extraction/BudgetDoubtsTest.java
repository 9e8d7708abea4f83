package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the budget is in doubt none is stored (issue 12: a wrong number is worse than a blank). Each
 * signal has sentences where it leaves the budget empty, with and without diacritics, and sentences
 * where it is absent and the budget stays.
 */
class BudgetDoubtsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          percentage share   | Dự án 2 tỷ, xin hỗ trợ 30%.
          percentage share   | du an 2 ty, xin ho tro 30%
          split stated       | Tổng kinh phí 800 triệu, mong Sở hỗ trợ 50%.
          split stated       | tong kinh phi 800 trieu, mong so ho tro 50%
          split stated       | Xin hỗ trợ 40% trên tổng kinh phí 2 tỷ.
          split, next one    | Tổng mức đầu tư: 3,5 tỷ đồng. Đề nghị hỗ trợ: 30% tổng mức đầu tư.
          split, next one    | Tổng mức đầu tư: 15 tỷ đồng. Trong đó vốn đối ứng của công ty chiếm 70%.
          own share of whole | Sở hỗ trợ 40%, công ty đối ứng 60% cho dự án máy sấy 1,5 tỷ.
          own rest, total    | Sở hỗ trợ 30% thì phần còn lại bên em tự lo, tổng mức đầu tư khoảng 5 tỷ.
          percentage share   | Sở hỗ trợ tối đa 30% kinh phí, tức khoảng 600 triệu.
          question premise   | Nếu đầu tư 1 tỷ thì bao lâu hoàn vốn?
          question premise   | neu dau tu 1 ty thi bao lau hoan von vay
          question premise   | Giả sử bên em bỏ ra 800 triệu thì Sở hỗ trợ được bao nhiêu ạ?
          price per unit     | Giá một máy khoảng 200 triệu, bên em cần 3 máy.
          price per unit     | gia mot may khoang 200 trieu, ben em can 3 may
          price per unit     | Đơn giá 150 triệu, cần hai chiếc.
          unsettled rival    | Máy sấy giá 1 tỷ, còn máy đóng gói 300 triệu.
          unsettled rival    | may say gia 1 ty. may dong goi 300 trieu
          own share          | Vốn tự có 500 triệu, vay thêm 1 tỷ.
          own share          | von tu co 500 trieu, vay them 1 ty
          own share          | Sở hỗ trợ 300 triệu, công ty đối ứng 700 triệu.
          someone else's     | Bên bán báo giá 1,2 tỷ.
          someone else's     | ben ban bao gia 1,2 ty
          someone else's     | Giá trên thị trường khoảng 800 triệu.
          someone else's     | Ngân hàng cho vay 500 triệu.
          a loan to come     | Cần vay 3 tỷ để đầu tư dây chuyền sấy.
          a loan inside      | Kinh phí 1 tỷ 8 (vốn tự có 800 triệu, vay ngân hàng 1 tỷ).
          past spending      | Năm ngoái công ty mua máy hết 300 triệu.
          past spending      | truoc day ben em da mua day chuyen 2 ty
          phases             | Giai đoạn 1 kinh phí 500 triệu, sau này mở rộng thêm 1 tỷ.
          phases             | giai doan 1 kinh phi 500 trieu, sau nay mo rong them 1 ty
          share of it        | Công ty góp khoảng 60% trên tổng mức 2 tỷ.
          share of it        | cong ty chiu 60% cua du an 2 ty
          share of it        | Bên em gửi tiết kiệm 3 tỷ, định dành 20% cho máy mới.
          cap of a share     | Nghe nói được 40% nhưng không quá 800 triệu.
          cap of a share     | nghe noi duoc 40%, toi da 800 trieu
          working capital    | Xưởng có 3 tỷ vốn lưu động.
          business at large  | Cần vay khoảng 3 tỷ để mở rộng sản xuất.
          business at large  | can vay khoang 3 ty de mo rong kinh doanh
          each of several    | Trại có 12 chuồng, mỗi chuồng lắp quạt hết 30 triệu.
          each of several    | trai co 12 chuong, moi chuong lap quat het 30 trieu
          each of several    | Làng có 40 hộ, mỗi hộ góp 5 triệu.
          each of several    | Máy ép loại nhỏ giá 300 triệu, bên em cần 3 máy ép.
          options            | Đang phân vân 2 tỷ cho dây chuyền mới hoặc 700 triệu để nâng cấp.
          options            | dang phan van 2 ty cho day chuyen moi hay la 700 trieu de nang cap
          figure checked     | Lệ phí khoảng 2 triệu đúng không ạ?
          figure checked     | le phi khoang 2 trieu phai ko
          price in question  | Máy hút chân không giá 6 triệu thì có được hỗ trợ không?
          price in question  | may hut chan khong gia 6tr thi co duoc ho tro ko
          raise without unit | Ngân sách 200 triệu, có thể nâng lên 250 nếu cần.
          raise without unit | ngan sach 200 trieu, co the tang len 250 neu can
          total and own part | Dự án 3 tỷ, trong đó công ty đối ứng 1,2 tỷ, xin Sở hỗ trợ phần còn lại.
          total and own part | Kinh phí 900 triệu, HTX góp 300 triệu, còn lại đề nghị hỗ trợ.
          whole or its part  | Kinh phí 1 tỷ, trong đó máy sấy 600 triệu.
          """)
  void a_budget_in_doubt_is_left_empty(String signal, String text) {
    assertThat(Money.find(text)).as(signal).isNull();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          own share's amount | Công ty tự đối ứng 50%, khoảng 1 tỷ.                        | 1000000000
          own share's amount | cong ty tu doi ung 50 phan tram, khoang 1 ty                | 1000000000
          own share's amount | Đề nghị Sở hỗ trợ 30% kinh phí, phần công ty đối ứng là 700 triệu. | 700000000
          own share's amount | Phần đối ứng 70% cơ sở đã chuẩn bị khoảng 280 triệu.        | 280000000
          share is all of it | Vốn đối ứng của HTX: 45% tổng dự toán, bằng 405 triệu.      | 405000000
          asked, in a question | Dự trù 850 triệu. Sở hỗ trợ được 50% kinh phí hông?       | 850000000
          supposed           | Muốn đầu tư tầm 700 triệu. Nếu Sở hỗ trợ 30% thì tốt.       | 700000000
          a programme's rule | Chương trình hỗ trợ tối đa 30%. Bên em bỏ ra khoảng 1 tỷ.   | 1000000000
          not of the money   | Máy ép hiện chiếm 14% giá thành. Kinh phí dự kiến 5 tỷ.     | 5000000000
          percentage share   | Máy tiết kiệm 30% điện, kinh phí 500 triệu.                 | 500000000
          percentage share   | Nguồn vốn tự có 100%, khoảng 350 triệu.                     | 350000000
          question premise   | Nếu được Sở hỗ trợ thì bên em bỏ ra 1 tỷ, được không ạ?     | 1000000000
          question premise   | Bên em dự kiến đầu tư 1 tỷ, Sở có hỗ trợ không?             | 1000000000
          question premise   | ben em du kien dau tu 1 ty, so co ho tro khong              | 1000000000
          price per unit     | Bên em cần mua một máy sấy, kinh phí 200 triệu.             | 200000000
          price per unit     | can 3 may say, kinh phi 600 trieu                           | 600000000
          price per unit     | Giá một máy khoảng 200 triệu, bên em chịu được.             | 200000000
          unsettled rival    | gia may 1 ty, ben em lo duoc 600 trieu                      | 600000000
          unsettled rival    | Doanh thu 10 tỷ/năm, cần máy 2 tỷ.                          | 2000000000
          unsettled rival    | Kinh phí 1 tỷ (1.000.000.000 đồng).                         | 1000000000
          own share          | Hợp tác xã có thể bố trí 250 triệu vốn đối ứng.             | 250000000
          own share          | Kinh phí: 2 tỷ đồng (trong đó vốn đối ứng 1,4 tỷ).          | 2000000000
          own share          | von doi ung 800 trieu                                       | 800000000
          someone else's     | Máy đó báo giá 2 tỷ 300, bên em chấp nhận mức đó.           | 2300000000
          someone else's     | kinh phi theo bao gia khoang 900 trieu                      | 900000000
          past spending      | Bên em đã có sẵn 500 triệu để mua máy.                      | 500000000
          past spending      | Dạ, bên em dự kiến 400 triệu.                               | 400000000
          ceiling after      | Khoảng 500 triệu, cao hơn một chút cũng được.               | 500000000
          phases             | Trước mắt cần một máy sấy, kinh phí 500 triệu.              | 500000000
          phases             | truoc mat can mot may say, kinh phi 500 trieu               | 500000000
          each of several    | Trại có 12 chuồng, cần hệ thống quạt khoảng 300 triệu.      | 300000000
          each of several    | Máy 3 tấn/giờ, kinh phí khoảng 900 triệu.                   | 900000000
          each of several    | Cần 2 máy, kinh phí 900 triệu.                              | 900000000
          figure checked     | Kinh phí 2 tỷ, Sở hỗ trợ được không ạ?                      | 2000000000
          """)
  void a_clear_budget_stays(String signal, String text, long budget) {
    assertThat(Money.find(text)).as(signal).isEqualTo(new Money.Budget(budget, budget));
  }
}
