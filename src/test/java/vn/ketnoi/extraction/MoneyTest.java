package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Kinh phí 2,5 tỷ.                                  | 2500000000  | 2500000000
          kinh phi khoang 3 ty                              | 3000000000  | 3000000000
          ngân sách 1.5 tỷ                                  | 1500000000  | 1500000000
          khoảng 1 tỷ rưỡi                                  | 1500000000  | 1500000000
          dự kiến 2 tỷ 500                                  | 2500000000  | 2500000000
          Ngân sách 1 tỷ 200.                               | 1200000000  | 1200000000
          Ngan sach khoang 1ty5. So ho tro                  | 1500000000  | 1500000000
          tam 1ty3. Ai ban thi                              | 1300000000  | 1300000000
          tầm 800tr                                         | 800000000   | 800000000
          dự trù 850 củ                                     | 850000000   | 850000000
          khoảng 150tr, mua của Thái Lan                    | 150000000   | 150000000
          từ 500 triệu đến 1 tỷ                             | 500000000   | 1000000000
          tam 700-900 trieu                                 | 700000000   | 900000000
          Ngân sách tầm 300-400 triệu.                      | 300000000   | 400000000
          Ngân sách từ 6 đến 8 tỷ                           | 6000000000  | 8000000000
          kinh phí từ 1 tỷ đến 1,8 tỷ                       | 1000000000  | 1800000000
          ngân sách 700 triệu đến 1 tỷ                      | 700000000   | 1000000000
          Ngân sách không quá 400 triệu                     | null        | 400000000
          dưới 300 triệu                                    | null        | 300000000
          Kinh phi tren 20 ty                               | 20000000000 | null
          Tổng mức đầu tư trên 50 tỷ.                       | 50000000000 | null
          từ 2 tỷ trở lên                                   | 2000000000  | null
          kinh phí 1.200 triệu                              | 1200000000  | 1200000000
          kinh phí 50.000.000 đồng                          | 50000000    | 50000000
          chi phí 3,5 tỷ đồng                               | 3500000000  | 3500000000
          nửa tỷ                                            | 500000000   | 500000000
          Kinh phí tầm 80.000 USD.                          | null        | null
          budget $50,000                                    | null        | null
          thu nhập 500k-1tr/ngày                            | null        | null
          doanh thu 10 tỷ/năm, cần máy 2 tỷ                 | 2000000000  | 2000000000
          giá 30 nghìn/kg                                   | null        | null
          công suất 200.000 m3/năm                           | null        | null
          kho lạnh -18 độ, 500 tấn                          | null        | null
          sdt 0912 345 678                                  | null        | null
          năng lượng mặt trời, khoảng 150tr                 | 150000000   | 150000000
          Kinh phí dự kiến khoảng hai mươi triệu.           | 20000000    | 20000000
          kinh phí ba mươi ba triệu                         | 33000000    | 33000000
          ngân sách mười bốn triệu                          | 14000000    | 14000000
          tầm mười sáu triệu                                | 16000000    | 16000000
          dự trù mười bảy triệu                             | 17000000    | 17000000
          khoảng mười tám triệu                             | 18000000    | 18000000
          kinh phí một tỷ hai                               | 1200000000  | 1200000000
          Kinh phí 1 tỷ 2 cho hai máy.                      | 1200000000  | 1200000000
          kinh phi 1ty2                                     | 1200000000  | 1200000000
          khoảng trăm triệu                                 | 100000000   | 100000000
          hai chục triệu                                    | 20000000    | 20000000
          kinh phí tỷ rưỡi                                  | 1500000000  | 1500000000
          ba trăm triệu                                     | 300000000   | 300000000
          tám tỷ                                            | 8000000000  | 8000000000
          mười lăm tỷ                                       | 15000000000 | 15000000000
          ngân sách 2 tỷ rưỡi                               | 2500000000  | 2500000000
          kinh phí 1 tỷ 500 triệu                           | 1500000000  | 1500000000
          kinh phí một trăm lẻ năm triệu                    | 105000000   | 105000000
          khoảng hai trăm năm mươi triệu                    | 250000000   | 250000000
          bốn mươi tư triệu                                 | 44000000    | 44000000
          năm mươi lăm triệu                                | 55000000    | 55000000
          ngan sach tam hai ty ruoi                         | 2500000000  | 2500000000
          kinh phi khoang nam tram trieu                    | 500000000   | 500000000
          kinh phi muoi lam ty                              | 15000000000 | 15000000000
          hai phẩy năm tỷ                                   | 2500000000  | 2500000000
          ngân sách 5 trăm triệu                            | 500000000   | 500000000
          kinh phí 2ty5                                     | 2500000000  | 2500000000
          kinh phí 500k                                     | 500000      | 500000
          Kinh phí: 1.000.000.000 VNĐ                       | 1000000000  | 1000000000
          Kinh phi: 500.000.000 vnd                         | 500000000   | 500000000
          kinh phí 1.500.000.000 đ                          | 1500000000  | 1500000000
          ngân sách VND 300.000.000                         | 300000000   | 300000000
          Kinh phí dự kiến khoảng 3.000.000.                | 3000000     | 3000000
          kinh phí 1,200,000,000 VND                        | 1200000000  | 1200000000
          một nghìn tỷ                                      | 1000000000000 | 1000000000000
          kinh phí kém hơn 700 triệu                        | null        | 700000000
          không cao hơn 700 triệu                           | null        | 700000000
          không hơn 700 triệu                               | null        | 700000000
          tối đa 2 tỷ                                       | null        | 2000000000
          chưa tới 500 triệu                                | null        | 500000000
          chưa đến 1 tỷ                                     | null        | 1000000000
          nhiều nhất 3 tỷ                                   | null        | 3000000000
          ko quá 300tr                                      | null        | 300000000
          khoảng 2 tỷ trở xuống                             | null        | 2000000000
          ngan sach toi da 2 ty                             | null        | 2000000000
          kinh phí lên tới 3 tỷ                             | null        | 3000000000
          ít nhất 2 tỷ                                      | 2000000000  | null
          tối thiểu 500 triệu                               | 500000000   | null
          không dưới 1 tỷ                                   | 1000000000  | null
          không ít hơn 2 tỷ                                 | 2000000000  | null
          kinh phí hơn 1 tỷ                                 | 1000000000  | null
          kinh phi tren 1 ty                                | 1000000000  | null
          cỡ 2 tỷ                                           | 2000000000  | 2000000000
          chừng 1 tỷ rưỡi                                   | 1500000000  | 1500000000
          trên dưới 3 tỷ                                    | 3000000000  | 3000000000
          giữa 1 và 2 tỷ                                    | 1000000000  | 2000000000
          giữa 500 triệu và 1 tỷ                            | 500000000   | 1000000000
          kinh phí 1-2 tỷ                                   | 1000000000  | 2000000000
          1 đến 2 tỷ                                        | 1000000000  | 2000000000
          từ hai đến ba tỷ                                  | 2000000000  | 3000000000
          từ 1,5 đến 2 tỷ                                   | 1500000000  | 2000000000
          từ 1 tỷ rưỡi đến 2 tỷ                             | 1500000000  | 2000000000
          kinh phí 800 - 1 tỷ                               | 800000000   | 1000000000
          cần khoảng 1 – 1,5 tỷ                             | 1000000000  | 1500000000
          Dự kiến đầu tư 15-20 tỷ đồng                      | 15000000000 | 20000000000
          kinh phí 2-3 tỉ                                   | 2000000000  | 3000000000
          kinh phí 5-7 trăm triệu                           | 500000000   | 700000000
          tầm 3 đến 5 trăm triệu                            | 300000000   | 500000000
          khoảng năm đến bảy trăm triệu                     | 500000000   | 700000000
          dự án 2-3 chục tỷ                                 | 20000000000 | 30000000000
          mua máy 5 - 8 trăm nghìn đồng                     | 500000      | 800000
          kinh phí 1,5-2 trăm triệu                         | 150000000   | 200000000
          kinh phí 150 - 2 trăm triệu                       | 150000000   | 200000000
          kinh phí 8 - 5 trăm triệu                         | null        | null
          kinh phí từ 2 đến 3 trăm triệu                    | 200000000   | 300000000
          trên 500tr dưới 1 tỷ                              | 500000000   | 1000000000
          ít nhất 300 triệu, không quá 500 triệu            | 300000000   | 500000000
          kinh phí dưới 2 tỷ, trên 1 tỷ                     | 1000000000  | 2000000000
          tối thiểu 500 triệu và tối đa 800 triệu           | 500000000   | 800000000
          trên 1 tỷ dưới 500 triệu                          | null        | null
          kinh phí trên 1 tỷ. Máy phụ dưới 300 triệu        | 1000000000  | null
          kinh phí 50.000 USD (tương đương 1,2 tỷ đồng)     | null        | null
          kinh phí khoảng 1,2 tỷ đồng (50.000 USD)          | 1200000000  | 1200000000
          ngân sách 20.000 EUR, tức khoảng 500 triệu        | null        | null
          kinh phí 50.000 USD, máy phụ 200 triệu            | null        | null
          kinh phí 350 000 000 đồng                         | 350000000   | 350000000
          kinh phí 1 200 000 000                            | 1200000000  | 1200000000
          ngân sách 1 200 triệu                             | 1200000000  | 1200000000
          kinh phí 500 000 đ                                | 500000      | 500000
          mua 2 500 kg, kinh phí 300 triệu                  | 300000000   | 300000000
          kinh phí 1 200 000 45                             | null        | null
          doanh thu 30 tỷ/năm, cần đầu tư 3 tỷ              | 3000000000  | 3000000000
          500K$                                             | null        | null
          Kinh phí dự kiến khoảng 200 nghìn đô.             | null        | null
          kinh phí 50.000 USD                               | null        | null
          USD 50.000                                        | null        | null
          kinh phí 1 triệu đô la                            | null        | null
          kinh phí 3 triệu yên                              | null        | null
          khoảng 100.000 €                                  | null        | null
          ngân sách 2 triệu nhân dân tệ                     | null        | null
          kinh phí 20 nghìn EUR                             | null        | null
          máy rẻ hơn 500 triệu                              | null        | 500000000
          không rẻ hơn 500 triệu                            | 500000000   | null
          kinh phí một tỷ mốt                               | 1100000000  | 1100000000
          hai triệu tư                                      | 2400000     | 2400000
          hai tỷ không trăm năm mươi triệu                  | 2050000000  | 2050000000
          hai tỷ lẻ năm mươi triệu                          | 2050000000  | 2050000000
          một tỷ linh năm triệu                             | 1005000000  | 1005000000
          hai triệu lẻ năm mươi nghìn                       | 2050000     | 2050000
          kinh phi hai ty le nam muoi trieu                 | 2050000000  | 2050000000
          kinh phí hai tỷ lẻ năm                            | null        | null
          hai tỷ lẻ năm trăm triệu                          | null        | null
          kinh phí tỷ rưởi                                  | 1500000000  | 1500000000
          kinh phí 2 tỷ rưởi                                | 2500000000  | 2500000000
          kinh phí 3 tỉ                                     | 3000000000  | 3000000000
          ba trăm ngàn đồng                                 | 300000      | 300000
          kinh phí 500 triêu                                | 500000000   | 500000000
          kinh phí tỷ tư                                    | 1400000000  | 1400000000
          kinh phí tỷ hai                                   | 1200000000  | 1200000000
          khoảng tỷ mốt                                     | 1100000000  | 1100000000
          kinh phí trăm rưỡi triệu                          | 150000000   | 150000000
          kinh phí ba trăm rưỡi triệu                       | 350000000   | 350000000
          kinh phí tính bằng tỷ                             | null        | null
          hàng triệu năm nay                                | null        | null
          budget two billion dong                           | null        | null
          kinh phí five hundred million                     | null        | null
          kinh phí VND 2 billion                            | null        | null
          kinh phí 2 million USD                            | null        | null
          kinh phí 1.5 million đồng                         | null        | null
          từ 800tr tới 1ty                                  | 800000000   | 1000000000
          kinh phí 1 tỷ 2 đến 1 tỷ 5                        | 1200000000  | 1500000000
          kinh phí khoảng 500 triệu đồng/máy                | null        | null
          khoảng 20 - 30 triệu/tháng                        | null        | null
          Kinh phí dự kiến khoảng 3M.                       | 3000000     | 3000000
          mua băng keo 3M                                   | null        | null
          trồng 5000 củ sâm                                 | null        | null
          bệnh có 3 triệu chứng                             | null        | null
          kinh phí 2 tỷ 50                                  | null        | null
          vài trăm triệu                                    | null        | null
          hàng chục tỷ                                      | null        | null
          hai ba trăm triệu                                 | 200000000   | 300000000
          kinh phí vài tỷ                                   | null        | null
          cần 3 máy, mỗi máy 500 triệu                      | null        | null
          công ty có 50 công nhân, diện tích 2 ha           | null        | null
          nồi 500 kg/mẻ, năm 2025                           | null        | null
          trại 500 nghìn con gà                             | null        | null
          nhà máy 2 triệu tấn/năm                           | null        | null
          MST 0312345678                                    | null        | null
          lương 10 triệu/tháng                              | null        | null
          Kinh phí dự kiến khoảng 33.                       | null        | null
          Ben em co tam $25,000 cho phan mem                | null        | null
          kinh phí 800 $25                                  | null        | null
          kinh phí 1.200.000.000 ngàn tỉ                    | null        | null
          """)
  void reads_budgets_in_vnd_and_leaves_out_what_is_not_one(String text, Long min, Long max) {
    Money.Budget budget = Money.find(text);
    if (min == null && max == null) {
      assertThat(budget).isNull();
    } else {
      assertThat(budget).isEqualTo(new Money.Budget(min, max));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          kinh phí 2 tỷ năm 2026                            | 2000000000
          tôi cần 2 tỷ năm nay                              | 2000000000
          máy in 3D, kinh phí khoảng 500 triệu              | 500000000
          khoảng 20 lao động, kinh phí 2 tỷ                 | 2000000000
          vốn điều lệ 5 tỷ, kinh phí cho máy khoảng 800 triệu | 800000000
          kinh phí 2 tỷ, máy giá 50.000 USD                 | 2000000000
          """)
  void a_year_a_count_or_another_amount_beside_the_budget_does_not_change_it(String text, long budget) {
    assertThat(Money.find(text)).isEqualTo(new Money.Budget(budget, budget));
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Giá chấp nhận đến 600 triệu.                      | null        | 600000000
          ngân sách tới 800 triệu                           | null        | 800000000
          chấp nhận tới 1,2 tỷ cho cả dây chuyền            | null        | 1200000000
          gia chap nhan den 600 trieu                       | null        | 600000000
          kinh phi chap nhan toi 900 trieu                  | null        | 900000000
          kinh phi ben toi 600 trieu                        | 600000000   | 600000000
          mua đèn 5 triệu                                   | 5000000     | 5000000
          Kinh phí 2 tỷ là max.                             | null        | 2000000000
          kinh phí 800 triệu là hết                         | null        | 800000000
          từ 500 triệu đến 1 tỷ                             | 500000000   | 1000000000
          """)
  void an_amount_up_to_with_no_lower_end_or_called_the_max_is_an_upper_bound(
      String text, Long min, Long max) {
    assertThat(Money.find(text)).isEqualTo(new Money.Budget(min, max));
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Kinh phí 5, 6 trăm triệu.                         | 500000000   | 600000000
          kinh phí 5 6 trăm triệu                           | 500000000   | 600000000
          kinh phí bảy tám trăm triệu                       | 700000000   | 800000000
          ngân sách một hai tỷ                              | 1000000000  | 2000000000
          kinh phi bay tam tram trieu                       | 700000000   | 800000000
          tầm 2,3 chục tỷ                                   | null        | null
          tầm 2,3 trăm triệu                                | null        | null
          """)
  void two_digits_said_before_one_multiplier_are_a_range(String text, Long min, Long max) {
    Money.Budget budget = Money.find(text);
    assertThat(budget).isEqualTo(min == null ? null : new Money.Budget(min, max));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          kinh phí hai trăm mốt triệu                       | 210000000
          kinh phí ba trăm tư triệu                         | 340000000
          khoảng năm trăm lăm triệu                         | 550000000
          kinh phi hai tram lam nha xuong                   | null
          kinh phí chừng sáu trăm lăm mươi triệu            | 650000000
          tầm lăm mươi triệu                                | 50000000
          """)
  void a_hundreds_word_and_a_spoken_digit_are_its_tens(String text, Long amount) {
    Money.Budget budget = Money.find(text);
    assertThat(budget).isEqualTo(amount == null ? null : new Money.Budget(amount, amount));
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Bên em có 3 máy cũ trị giá 200 triệu, giờ cần mua máy mới. | null | null
          Bên em đã đầu tư 5 tỷ nhà xưởng, giờ cần máy tầm 1 tỷ.     | 1000000000 | 1000000000
          Máy giá tầm 1 tỷ nhưng bên em chỉ có 600 triệu.           | null       | null
          Máy giá tầm 1 tỷ nhưng bên em lo được 600 triệu.          | 600000000  | 600000000
          Giá máy 1,5 tỷ, bên mình có thể chi khoảng 1 tỷ.           | 1000000000 | 1000000000
          Chương trình hỗ trợ tới 1 tỷ đúng không?                   | null       | null
          Sở hỗ trợ tối đa 500 triệu phải không ạ? Kinh phí bên em 2 tỷ. | 2000000000 | 2000000000
          Chương trình hỗ trợ tới 1 tỷ, bên em cần máy 2 tỷ.         | 2000000000 | 2000000000
          Giá máy khoảng 800 triệu, kinh phí bên em 1 tỷ.            | 1000000000 | 1000000000
          cần máy sấy 500 triệu và máy đóng gói 300 triệu            | null       | null
          kinh phí 1 tỷ, máy sấy 500 triệu                           | 1000000000 | 1000000000
          cần máy sấy 500 triệu, kinh phí 1 tỷ                       | 1000000000 | 1000000000
          Công ty có 5 tỷ tiền mặt, dự kiến dùng 1 tỷ cho máy.       | 1000000000 | 1000000000
          cty co 3 ty von luu dong, can may khoang 700 trieu         | 700000000  | 700000000
          Xưởng có 3 tỷ vốn lưu động.                                | null       | null
          """)
  void the_budget_is_what_the_business_can_spend_not_what_it_owns_or_a_programme_gives(
      String text, Long min, Long max) {
    Money.Budget budget = Money.find(text);
    assertThat(budget).isEqualTo(min == null && max == null ? null : new Money.Budget(min, max));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Nhà cung cấp chào giá 900 triệu nhưng cơ sở không kham nổi.
          nha cung cap chao gia 900 trieu nhung co so khong kham noi
          Máy tách màu giá tầm 1,2 tỷ, bên mình chưa đủ tiền.
          may tach mau gia tam 1,2 ty, ben minh chua du tien
          Dàn lạnh báo giá khoảng 700–800 triệu, quá sức hộ kinh doanh.
          Giá thị trường khoảng 1 tỷ, vượt quá khả năng của tổ hợp tác.
          Không đủ vốn mua dây chuyền 2 tỷ nên xưởng cần tư vấn.
          khong du von mua day chuyen 2 ty nen xuong can tu van
          Cần máy 500 triệu nhưng không có vốn.
          Giá 1,5 tỷ thì ngoài tầm với bên em.
          Giá 2 tỷ hơi cao so với khả năng.
          Máy 3 tỷ vượt ngân sách của xưởng.
          bao gia 900 trieu, ben em dang thieu von
          """)
  void a_price_the_business_says_it_cannot_pay_is_not_its_budget(String text) {
    assertThat(Money.find(text)).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Chào giá 3,2 tỷ, quá sức công ty; bên em xoay được tối đa 1,8 tỷ. | null   | 1800000000
          chao gia 3,2 ty, qua suc cong ty; ben em xoay duoc toi da 1,8 ty  | null   | 1800000000
          Bên em có 500 triệu, không đủ để mua máy 1 tỷ.            | 500000000  | 500000000
          Kinh phí dự án 2 tỷ, công ty chưa đủ vốn nên mong Sở hỗ trợ. | 2000000000 | 2000000000
          duoi 500tr thi e lam, cao qua ko kham noi                 | null       | 500000000
          """)
  void what_it_has_a_budget_word_or_a_bound_keeps_the_amount_beside_what_it_cannot_pay(
      String text, Long min, Long max) {
    assertThat(Money.find(text)).isEqualTo(new Money.Budget(min, max));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Dự kiến chi khoảng 900 triệu thôi, nhiều hơn thì không kham nổi. | 900000000
          du kien chi khoang 900 trieu thoi, nhieu hon thi khong kham noi  | 900000000
          Kinh phí 700 triệu, không hơn được.                        | 700000000
          kinh phi 700 trieu, ko hon duoc                           | 700000000
          Ngân sách chừng 2 tỷ, quá mức đó thì công ty chịu.         | 2000000000
          ngan sach chung 2 ty, qua muc do thi cong ty chiu          | 2000000000
          Kinh phí tầm 600 triệu, hơn nữa thì bên em không lo nổi.   | 600000000
          Ngân sách 800 triệu là kịch.                               | 800000000
          Kinh phí tầm 1 tỷ, trên mức đó thì chịu.                   | 1000000000
          ngan sach tam 1 ty, cao hon thi thoi                       | 1000000000
          """)
  void an_amount_above_which_the_business_refuses_is_its_ceiling(String text, long max) {
    assertThat(Money.find(text)).isEqualTo(new Money.Budget(null, max));
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Bên em chỉ có 700 triệu cho máy nghiền.                    | null       | null
          ben em chi co 700 trieu cho may nghien                     | null       | null
          Xưởng chỉ lo được khoảng 300 triệu thôi.                   | null       | null
          xuong chi lo duoc khoang 300 trieu thoi                    | null       | null
          Nhà máy chỉ xoay được tầm 1 tỷ 2.                          | null       | null
          Tổ hợp tác chỉ gom được 250 triệu.                         | null       | null
          to hop tac chi gom duoc 250tr                              | null       | null
          Công ty chỉ chi được 800 triệu.                            | null       | null
          cong ty chi bo ra duoc 800 trieu thoi                      | null       | null
          Bên em chỉ có thể chi 500 triệu.                           | null       | null
          Bên bán chào 2 tỷ, bên em chỉ dám chi 1,5 tỷ.              | null       | null
          Giá máy 2 tỷ, bên em chỉ kham nổi 1,5 tỷ.                  | null       | null
          HTX chỉ kham nổi tầm 300 triệu.                            | null       | null
          e chi duoc tam 150tr thoi                                  | null       | null
          Tụi em có tầm 1 tỷ 2 thôi ạ.                               | null       | null
          tui em co tam 1ty2 thoi a                                  | null       | null
          Xưởng chỉ lo được tối đa 2,5 tỷ.                           | null       | 2500000000
          xuong chi lo duoc toi da 2,5 ty                            | null       | 2500000000
          Chỉ có 80 triệu thôi, cao hơn thì chịu.                    | null       | 80000000
          Ngân sách cỡ 100 củ thôi anh ơi.                           | 100000000  | 100000000
          Em có 2 tỷ, cho máy sấy.                                   | 2000000000 | 2000000000
          Xưởng lo được khoảng 300 triệu.                            | 300000000  | 300000000
          Em chỉ cần máy tầm 200 triệu thôi.                         | 200000000  | 200000000
          Tổ hợp tác đã gom đủ 250 triệu phần đối ứng.               | 250000000  | 250000000
          Không muốn bỏ thêm quá 400 triệu nữa.                      | null       | 400000000
          khong the chi qua 400 trieu                                | null       | 400000000
          """)
  void what_the_business_only_has_is_read_two_ways_so_no_budget_unless_a_ceiling_word_settles_it(
      String text, Long min, Long max) {
    // "chỉ có / chỉ lo được X", "có X thôi": outside readers split between the amount and a
    // ceiling (heldout-money4..9 a ceiling, money11 the amount), so neither is stored.
    BudgetCases.assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Máy giá 2 tỷ, bên em không kham nổi 2 tỷ đâu.", "ben em ko kham noi 2 ty"})
  void what_the_business_cannot_afford_is_no_ceiling(String text) {
    assertThat(Money.find(text)).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          kinh phi tu 300 toi 500 trieu                              | 300000000  | 500000000
          chi phi co 50 toi 80 trieu thi lam duoc                    | 50000000   | 80000000
          Kinh phí từ 300 tới 500 triệu.                             | 300000000  | 500000000
          """)
  void an_unmarked_toi_before_a_number_is_toi_to_not_the_slang_for_billion(
      String text, Long min, Long max) {
    assertThat(Money.find(text)).isEqualTo(new Money.Budget(min, max));
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Hiện có khoảng 800 triệu, nếu cần có thể cố lên 1 tỷ.      | 800000000  | 1000000000
          hien co khoang 800 trieu, neu can co the co len 1 ty       | 800000000  | 1000000000
          Ngân sách 1,5 tỷ, có thể nâng lên 2 tỷ nếu hiệu quả.       | 1500000000 | 2000000000
          Kinh phí 1 tỷ. Nếu cần có thể tăng lên 1,3 tỷ.             | 1000000000 | 1300000000
          Báo giá 2 tỷ, bên em chỉ có 1,2 tỷ, có thể cố lên 1,5 tỷ.  | null       | null
          Báo giá 2 tỷ, bên em có 1,2 tỷ, có thể cố lên 1,5 tỷ.      | 1200000000 | 1500000000
          Tối đa 1 tỷ, có thể nâng lên 1,2 tỷ nếu máy tốt.           | null       | 1200000000
          Kinh phí khoảng 1 tỷ, tối đa 1,2 tỷ.                       | 1000000000 | 1200000000
          Bên em có khoảng 1 tỷ, có thể lên tới 1,5 tỷ.              | 1000000000 | 1500000000
          Tầm 800 triệu, linh động lên 1 tỷ cũng được.               | 800000000  | 1000000000
          kinh phi khoang 1 ty, toi da 1,2 ty                        | 1000000000 | 1200000000
          Kinh phí có thể nâng lên 2 tỷ.                             | null       | 2000000000
          Bên em lo được 1 tỷ, có thể cố thêm 200 triệu.             | null       | null
          Bên em chỉ có 600 triệu, cần thêm 400 triệu.               | null       | null
          ben em co 600 trieu, can them 400 trieu nua                | null       | null
          Doanh nghiệp có khả năng chi 800 triệu, vay thêm 400 triệu. | null      | null
          """)
  void what_the_business_can_raise_its_budget_to_is_the_maximum(String text, Long min, Long max) {
    Money.Budget budget = Money.find(text);
    assertThat(budget).isEqualTo(min == null && max == null ? null : new Money.Budget(min, max));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Cho em hỏi, giả sử bên em đầu tư dây chuyền 3 tỷ thì được vay ưu đãi không?
          cho em hoi, gia su ben em dau tu day chuyen 3 ty thi duoc vay uu dai khong?
          Nếu hệ thống 800 triệu thì Sở hỗ trợ được bao nhiêu ạ?
          neu he thong 800 trieu thi so ho tro duoc bao nhieu a
          """)
  void an_amount_supposed_in_a_question_is_not_a_budget(String text) {
    assertThat(Money.find(text)).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Nếu được hỗ trợ thì bên em bỏ ra khoảng 600 triệu.          | 600000000
          Bên em cần máy 1 tỷ, Sở hỗ trợ bao nhiêu?                  | 1000000000
          Cần máy ép viên, kinh phí 1 tỷ. Nếu Sở hỗ trợ 30% thì còn lại bao nhiêu? | 1000000000
          """)
  void a_condition_outside_a_question_or_a_question_without_one_keeps_the_budget(
      String text, long budget) {
    assertThat(Money.find(text)).isEqualTo(new Money.Budget(budget, budget));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Hồi năm 2022 bỏ ra 600 triệu làm nhà kính nhưng không hiệu quả. | null
          Cty em nam 2024 da tung dau tu 2 ty cho he thong tuoi.     | null
          Cần máy mài đá, đã chi 400 triệu rồi.                      | null
          Hồi 2022 công ty mua máy 700 triệu, giờ hỏng.              | null
          Năm ngoái bên em mua máy sấy hết 350 triệu, nay cần máy đóng gói khoảng 200 triệu. | 200000000
          nam ngoai ben em mua may say het 350 trieu, nay can may dong goi khoang 200 trieu  | 200000000
          Trước đây đã đầu tư 1,2 tỷ cho lò hơi, giờ kinh phí tầm 300 triệu. | 300000000
          Năm 2026 công ty dự kiến bỏ ra 2 tỷ mua robot.             | 2000000000
          Năm 2024 công ty thành lập, cần mua máy 800 triệu.         | 800000000
          Máy mài đá chi phí khoảng 400 triệu.                       | 400000000
          """)
  void spending_already_done_is_not_a_budget(String text, Long budget) {
    Money.Budget found = Money.find(text);
    assertThat(found).isEqualTo(budget == null ? null : new Money.Budget(budget, budget));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Kinh phí hỗ trợ từ ngân sách tỉnh năm nay là 10 tỷ, doanh nghiệp muốn tham gia. | null
          kinh phi ho tro tu ngan sach tinh nam nay la 10 ty, doanh nghiep muon tham gia  | null
          Quỹ phát triển KH&CN cho vay tối đa 70% hoặc không quá 3 tỷ phải không ạ?      | null
          Chương trình hỗ trợ 70% kinh phí, tối đa 1 tỷ.             | null
          Nhà nước hỗ trợ tối đa 50% nhưng không quá 300 triệu.      | null
          Nghe nói được hỗ trợ tối đa 500 triệu, bên em muốn làm hệ thống khoảng 1 tỷ. | 1000000000
          Tổng vốn 3 tỷ, đề nghị ngân sách nhà nước hỗ trợ 1 tỷ.    | 3000000000
          Mức hỗ trợ của chương trình là 500 triệu, bên em cần máy 1,2 tỷ. | 1200000000
          Ngân sách của công ty cho dự án là 1 tỷ.                   | 1000000000
          Kinh phí hỗ trợ kỹ thuật, bên em có 500 triệu.             | 500000000
          """)
  void the_departments_or_a_programmes_money_is_not_the_business_budget(String text, Long budget) {
    Money.Budget found = Money.find(text);
    assertThat(found).isEqualTo(budget == null ? null : new Money.Budget(budget, budget));
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Dự án đổi mới công nghệ từ 5 tỷ trở lên.                   | 5000000000 | null
          du an doi moi cong nghe tu 5 ty tro len                    | 5000000000 | null
          Cần máy mới tầm 1 tỷ.                                      | 1000000000 | 1000000000
          can may moi tam 1 ty                                       | 1000000000 | 1000000000
          Mỗi tháng 5 triệu.                                         | null       | null
          moi thang 5 trieu                                          | null       | null
          Để giảm tiền điện, kinh phí chừng 12 tỷ.                   | 12000000000 | 12000000000
          """)
  void new_is_not_each_and_a_budget_word_ends_what_a_cost_word_introduced(
      String text, Long min, Long max) {
    Money.Budget budget = Money.find(text);
    assertThat(budget).isEqualTo(min == null && max == null ? null : new Money.Budget(min, max));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          4. Kinh phí dự trù (triệu đồng): 320                      | 320000000
          4. Kinh phi du tru (trieu dong): 320                      | 320000000
          Vốn đầu tư dự kiến (tỷ đồng): 1,6                          | 1600000000
          Ngân sách (nghìn đồng): 450.000                            | 450000000
          Số lao động (người): 45                                    | null
          Kinh phí dự trù: 320                                       | null
          """)
  void a_form_label_gives_the_unit_of_the_bare_number_after_it(String text, Long budget) {
    Money.Budget found = Money.find(text);
    assertThat(found).isEqualTo(budget == null ? null : new Money.Budget(budget, budget));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Kinh phí 50.000 USD, tương đương 1,2 tỷ đồng.
          Kinh phí 30.000 đô la Mỹ, tương đương 750 triệu đồng.
          Kinh phí 30.000 đô la, tương đương 750 triệu đồng.
          ngân sách 2 triệu nhân dân tệ, tương đương 7 tỷ đồng
          Kinh phí 50.000 USD, quy đổi tương đương 1,2 tỷ đồng.
          Kinh phí 50.000 USD, tương đương gần 1,2 tỷ đồng.
          Budget của mình khoảng $30k, tương đương 750 triệu
          budget cua minh khoang $30k, tuong duong 750 trieu
          """)
  void a_foreign_amount_with_the_writers_vnd_equivalent_leaves_the_budget_unsure(String text) {
    // The equivalent is the writer's conversion; outside readers take it, the foreign amount or
    // neither (money11), so neither is stored. A VND amount first, its foreign equivalent after,
    // stays the VND amount.
    assertThat(Money.find(text)).isNull();
  }

  @Test
  void stated_amounts_include_both_ends_of_a_range_with_a_shared_unit() {
    assertThat(Money.statedAmounts("kinh phí 1-2 tỷ, máy giá 800 triệu"))
        .contains(1_000_000_000L, 2_000_000_000L, 800_000_000L);
    assertThat(Money.statedAmounts("giá 50.000 USD")).isEmpty();
  }

  /** A vague amount is no figure to offer as a button or to ground a model's value (trial 22). */
  @Test
  void a_vague_amount_is_not_stated() {
    assertThat(Money.statedAmounts("kinh phi chua biet, tam vai tram trieu")).isEmpty();
    assertThat(Money.statedAmounts("hàng chục tỷ, máy giá 800 triệu")).containsExactly(800_000_000L);
  }
}
