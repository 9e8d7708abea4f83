package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
          """)
  void reads_budgets_in_vnd(String text, Long min, Long max) {
    Money.Budget budget = Money.find(text);
    if (min == null && max == null) {
      assertThat(budget).isNull();
    } else {
      assertThat(budget).isEqualTo(new Money.Budget(min, max));
    }
  }
}
