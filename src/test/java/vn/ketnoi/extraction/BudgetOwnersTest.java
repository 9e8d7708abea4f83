package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, round 8: whose amount an amount is, as general rules (each with and without
 * diacritics, and with a sentence where the rule must not fire). Someone else's figure (a quote,
 * hearsay, a market price) is not the budget, a later amount the business plans is; money held of
 * which a part is used is not, the part is; a budget for everything the business does is not; an
 * own part beside a rest to be financed is unsure; a corrected amount gives way to the correction.
 */
class BudgetOwnersTest {
  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Nghe nói kho lạnh tầm 700 triệu, em tính chừng 500 triệu.    | 500000000  | 500000000
          nghe noi kho lanh tam 700 trieu, e tinh chung 500 trieu      | 500000000  | 500000000
          Bên kia báo 650 triệu, em tính khoảng 500 triệu.             | 500000000  | 500000000
          ben kia bao 650tr, e tinh khoang 500tr                       | 500000000  | 500000000
          Hỏi thăm thì máy tầm 120 triệu, mình có đủ.                  | null       | null
          Em hỏi mấy chỗ thì báo từ 90 triệu đến 130 triệu.            | null       | null
          em hoi may cho thi bao tu 90tr den 130tr                     | null       | null
          Em hỏi mấy chỗ thì báo 130 triệu, em tính tầm 100 triệu.     | 100000000  | 100000000
          Ông hàng xóm làm hầm biogas hết 25 triệu, tôi cũng muốn làm.  | null       | null
          ong hang xom lam ham biogas het 25 trieu, toi cung muon lam   | null       | null
          Em làm hầm biogas hết khoảng 25 triệu.                       | null       | null
          hoi tham thi may tam 120tr, minh co du                       | null       | null
          Anh Tú bảo máy đóng hộp tầm 350 triệu.                       | null       | null
          anh Tu bao may dong hop tam 350tr                            | null       | null
          Giá tầm 400-600 triệu, em đang xem.                          | null       | null
          gia tam 400-600tr, e dang xem                                | null       | null
          Em xem giá từ 300 đến 900 triệu. Em định mua loại 500 triệu. | 500000000  | 500000000
          e xem gia tu 300 den 900 trieu. e dinh mua loai 500 trieu    | 500000000  | 500000000
          Báo giá 3 bên: 45 triệu, 60 triệu, 120 triệu.                | null       | null
          bao gia 3 ben: 45tr, 60tr, 120tr                             | null       | null
          Báo giá trọn gói 780 triệu, bên em chấp nhận được mức đó.    | 780000000  | 780000000
          bao gia tron goi 780tr, ben e chap nhan duoc muc do          | 780000000  | 780000000
          Kinh phí dự kiến: theo báo giá 2 tỷ.                         | 2000000000 | 2000000000
          Máy giá tầm 3 tỷ.                                            | null       | null
          may gia tam 3 ty                                             | null       | null
          Máy giá tầm 3 tỷ, bên em chịu được.                          | 3000000000 | 3000000000
          Mình muốn đầu tư máy chiết rót, có ai báo giá tầm 300 - 400 triệu không? | 300000000 | 400000000
          Họ hét giá 3 tỷ, bên em tính 2 tỷ.                           | 2000000000 | 2000000000
          ho het gia 3 ty                                              | null       | null
          Bên kia đòi 400 triệu.                                       | null       | null
          ben kia doi 400 trieu                                        | null       | null
          Người ta làm hết 500 triệu.                                  | null       | null
          nghe dau may nay 700 trieu                                   | null       | null
          Họ báo 2 tỷ, em hỏi chỗ khác thì 1,5 tỷ.                     | null       | null
          ho bao 2 ty, e hoi cho khac thi 1,5 ty                       | null       | null
          HTX có thể đối ứng 200 triệu đồng.                           | 200000000  | 200000000
          Chi phí tư vấn khoảng 450 triệu.                             | 450000000  | 450000000
          Cần máy bảo quản tầm 300 triệu.                              | 300000000  | 300000000
          can may bao quan tam 300 trieu                               | 300000000  | 300000000
          """)
  void someone_elses_figure_is_no_budget_and_a_later_own_amount_is(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Tôi có sổ tiết kiệm 400 triệu, tính rút ra chừng 250 triệu.      | 250000000  | 250000000
          tui co so tiet kiem 400 trieu, tinh rut ra chung 250 trieu       | 250000000  | 250000000
          Gia đình góp vốn được 1 tỷ, nhưng chỉ đưa vào máy móc nửa số đó. | null       | null
          gia dinh gop von duoc 1 ty, nhung chi dua vao may moc tam nua so do | null    | null
          Gọi vốn được 5 tỷ, dành cho R&D tầm 1 tỷ tới 1 tỷ rưỡi.          | 1000000000 | 1500000000
          goi von duoc 5 ty, danh cho R&D tam 1 ty toi 1 ty ruoi           | 1000000000 | 1500000000
          Mình có 1 tỷ để dành, tính dùng 600 triệu.                       | 600000000  | 600000000
          minh co 1 ty de danh, tinh dung 600 trieu                        | 600000000  | 600000000
          Gia đình gom góp được 400 triệu, hết chừng đó thì thôi.          | null       | 400000000
          Cần máy tiết kiệm điện tầm 500 triệu, dùng cho xưởng.            | 500000000  | 500000000
          """)
  void money_held_of_which_a_part_is_used_is_not_the_budget_the_part_is(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Ngân sách của HTX năm nay có 1,2 tỷ cho tất cả các việc.     | null       | null
          ngan sach cua HTX nam nay co 1,2 ty cho tat ca cac viec      | null       | null
          Bên em lo được 2 tỷ, còn lại xin trả góp 12 tháng.           | null       | null
          minh lo duoc 2 ty, con lai xin tra gop 12 thang dc ko a      | null       | null
          HTX lo được 600 triệu, còn lại mong Sở hỗ trợ.               | null       | null
          Bên em tính 2 tỷ rưỡi cho cả 2 hạng mục.                     | 2500000000 | 2500000000
          Bên em lo được 2 tỷ, còn lại là chi phí lắp đặt bên bán chịu. | 2000000000 | 2000000000
          """)
  void a_budget_for_everything_or_a_part_beside_a_rest_financed_is_no_budget(
      String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1}..{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Em có 20 củ, à nhầm 25 củ.                                   | 25000000   | 25000000
          em co 20 cu, a nham 25 cu                                    | 25000000   | 25000000
          Tính 300 củ, à nhầm 350 củ mới đủ.                           | 350000000  | 350000000
          tinh chi 300 cu, a nham 350 cu moi du                        | 350000000  | 350000000
          Em có 70 triệu / à không, em có 90 triệu.                    | 90000000   | 90000000
          e co 70 trieu / a ko, e co 90 trieu                          | 90000000   | 90000000
          Em ghi nhầm, không phải 50 triệu mà 500 triệu.               | 500000000  | 500000000
          da e ghi nham, ko phai 50tr ma 500tr a                       | 500000000  | 500000000
          Tầm 800 triệu, à nhầm, 700-800 triệu.                        | 700000000  | 800000000
          Đầu tư 500 triệu nhằm giảm chi phí 100 triệu.                | null       | null
          dau tu 500 trieu nham giam chi phi 100 trieu                 | null       | null
          Ben dev bao 80tr, e tra 60, cuoi cung chot 70tr roi          | null       | null
          """)
  void a_corrected_amount_gives_way_to_the_correction(String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  /**
   * Round 12 (money19, money21): spending just done, running costs, prices seen at a market, a
   * price not known, a budget left for later, a question opened by "cho em hỏi", items under a
   * budget label with a count.
   */
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          just spent               | Doanh nghiệp vừa bỏ ra 1,7 tỷ đồng mua 2 lò sấy bơm nhiệt và đang cần đào tạo công nhân. | |
          just spent, then a plan  | Công ty vừa đầu tư nhà máy số 2 với vốn 450 tỷ. Riêng hệ thống EMS thì budget khoảng 1,8 tỷ. | 1800000000 | 1800000000
          fits, not just done      | Bên em cần máy vừa túi tiền, chi tầm 200 triệu. | 200000000 | 200000000
          a running cost           | Mỗi tháng tốn khoảng 120 triệu tiền củi. Muốn chuyển sang lò bơm nhiệt, tầm 1,3 tỷ. | 1300000000 | 1300000000
          fuel money               | Tiền than năm vừa rồi 1,8 tỷ. | |
          fuel money               | tien than nam vua roi 1,8 ty | |
          fuel money, then a plan  | tien than 1,8 ty. lo moi ben em du kien dau tu khoang 700 trieu | 700000000 | 700000000
          new, not each            | cong ty muon thay bang may moi voi muc dau tu tu 2 den 2,5 ty dong | 2000000000 | 2500000000
          seen at the market       | Mình cần mua máy phay lúa mini, thấy ngoài chợ 12 triệu. | |
          seen at the market       | minh can mua may phay lua mini, thay ngoai cho 12 trieu | |
          seen, then its own       | Em xem hội chợ thấy máy khoảng 390 triệu. HTX đã họp thống nhất chi 400 triệu. | 400000000 | 400000000
          price not known          | Chi phí xây nhà xưởng khoảng 6 tỷ, đã có. Riêng máy sấy phun thì chưa biết giá, nhờ Sở kết nối. | |
          price not known          | chi phi xay nha xuong khoang 6 ty, da co. rieng may say phun thi chua biet gia, nho so ket noi | |
          decided later            | Lò bơm nhiệt khoảng 1,3 tỷ. Công ty muốn Sở đánh giá trước rồi mới quyết kinh phí. | |
          decided later            | lo bom nhiet khoang 1,3 ty. cong ty muon so danh gia truoc roi moi quyet kinh phi | |
          asked, opened            | Cho em hỏi hồ sơ xin hỗ trợ dự án từ 500 triệu đến 2 tỷ thì cần những gì ạ. | |
          asked, opened            | cho em hoi ho so xin ho tro du an tu 500 trieu den 2 ty thi can nhung gi a | |
          a plan, not asked        | Bên em dự kiến đầu tư từ 500 triệu đến 2 tỷ. | 500000000 | 2000000000
          items under a count      | Ngân sách 2 hạng mục: khí y tế 3 tỷ, phần mềm 400 triệu. | |
          items under a count      | ngan sach 2 hang muc: khi y te 3 ty, phan mem 400 trieu | |
          one item, a count        | Ngân sách 2 máy: 900 triệu. | 900000000 | 900000000
          """)
  void round_twelve_owners_and_roles(String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
