package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 20: an amount is a budget only when something claims it for the business — a budget word
 * in its sentence, the business needing, buying, having or capping in its clause, the business
 * accepting it after it, or nothing but a bound before it. Each with and without marks, and the
 * unclaimed cases the role rules had no word for. " / " stands for a new line.
 */
class BudgetAttributionTest {
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Bên em cần máy sấy, tầm 500 triệu.                              | 500000000  | 500000000
          ben em can may say, tam 500tr                                   | 500000000  | 500000000
          Kinh phí: 2 tỷ                                                  | 2000000000 | 2000000000
          Cần máy lên men 300 triệu.                                      | 300000000  | 300000000
          can may len men 300 trieu                                       | 300000000  | 300000000
          Bên mình có 1 tỷ để làm kho lạnh.                               | 1000000000 | 1000000000
          HTX lo 500 triệu, còn thiếu thì xin Sở.                         | 500000000  | 500000000
          htx lo 500 trieu, con thieu thi xin so                          | 500000000  | 500000000
          Máy khoảng 35 triệu mình mua được.                              | 35000000   | 35000000
          Lò điện giá khoảng 600 triệu, bên em sẵn sàng mua nếu được hỗ trợ khoảng 1/3. | 600000000 | 600000000
          may khoang 35tr minh mua dc                                     | 35000000   | 35000000
          Báo giá trọn gói 780 triệu, bên em chấp nhận được.              | 780000000  | 780000000
          máy rẻ hơn 500 triệu                                            | null       | 500000000
          Tổng vốn đầu tư dự án 20 tỷ. Phần thiết bị lọc bụi khoảng 1,5 tỷ. | 1500000000 | 1500000000
          Phần công nghệ xử lý khí thải (nhu cầu đề nghị kết nối): khoảng 2,8 tỷ | 2800000000 | 2800000000
          Gói thầu số 2. Giá gói thầu: 3,45 tỷ đồng                       | 3450000000 | 3450000000
          Dạ câu 3 (kinh phí) em xin trả lời là: 400tr ạ.                  | 400000000  | 400000000
          """)
  void an_amount_claimed_for_the_business_is_its_budget(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Em hỏi mấy chỗ thì báo từ 90 triệu đến 130 triệu.
          em hoi may cho thi bao tu 90 trieu den 130 trieu
          Mình cần mua máy phay lúa mini, thấy ngoài chợ cho 12 triệu.
          minh can mua may phay lua mini, thay ngoai cho 12 trieu
          HTX bên cạnh lắp hệ thống tưới cho 20 ha hết 900 triệu.
          htx ben canh lap he thong tuoi cho 20 ha het 900 trieu
          Máy giá tầm 3 tỷ.
          Máy tách hạt này em nghĩ chắc cũng phải 1 tỷ.
          Lò sấy 300 triệu.
          Cần lò tuynel. Giá máy bên kia báo 2 tỷ, em lo được 1,5.
          can lo tuynel. gia may ben kia bao 2 ty, em lo duoc 1,5
          Cần máy hàn laser cầm tay. Giá trị: 380 triệu đồng (theo báo giá đính kèm).
          can may han laser. gia tri: 380 trieu dong (theo bao gia dinh kem)
          lo say 300 trieu
          """)
  void an_amount_nothing_claims_is_no_budget(String text) {
    assertBudget(text, null, null);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          in ấn nhỏ / cần máy in UV / e có 150tr / à nhầm, tầm 120 thôi         | null      | null
          in an nho / can may in UV / e co 150tr / a nham, tam 120 thoi          | null      | null
          máy băm cỏ / tầm 30 củ / cho e hỏi luôn: sở có cho mượn máy ko? / thôi e chốt 25 | null | null
          giặt là / có tầm 15-20 củ / thôi, 15 thôi ạ, vợ em ko cho             | null      | null
          Cần máy sấy 300 triệu thôi, 2 máy.                                     | 300000000 | 300000000
          can may say, tam 300tr thoi. sdt 0912 345 678                          | 300000000 | 300000000
          em có 20 củ, à nhầm 25 củ                                              | 25000000  | 25000000
          """)
  void a_correction_without_its_unit_leaves_no_budget_and_a_count_after_thoi_is_none(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
