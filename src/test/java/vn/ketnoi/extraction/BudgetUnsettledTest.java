package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 9 (money13, money14): words that leave the business's own amount unsettled, with and
 * without marks, and the cases beside them where the amount stays. Empty bounds: no budget.
 */
class BudgetUnsettledTest {
  // Round 15b: "tầm 50 60 tr", two bare numbers of as many digits rising before a unit, is a spoken
  // range (ShortRanges.sideBySide; money14's labeller reads it 50–60 triệu); falling, still empty.
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          rest, own part no amount | Tổng mức đầu tư khoảng 6 tỷ. Công ty chỉ tự lo được một phần, phần còn lại mong Sở hỗ trợ. | |
          rest, own part no amount | tong muc dau tu khoang 6 ty, cong ty chi tu lo duoc mot phan, phan con lai mong so ho tro | |
          rest beside a deposit    | Bên em đã đặt cọc 200 triệu, giá máy 850 triệu, Sở hỗ trợ được phần còn lại không ạ. | |
          rest beside a deposit    | ben em da dat coc 200 trieu, gia may 850 trieu, so ho tro duoc phan con lai khong | |
          own amount and the rest  | HTX góp được khoảng 60 triệu, mong Sở hỗ trợ phần còn lại. | 60000000 | 60000000
          own amount and the rest  | htx gop duoc khoang 60 trieu, mong so ho tro phan con lai | 60000000 | 60000000
          hinges on support        | Máy cấy giá khoảng 600 triệu, nếu Sở hỗ trợ thì HTX mới làm được. | |
          hinges on support        | may cay gia khoang 600 trieu, neu so ho tro thi htx moi lam duoc | |
          support asked, own sum   | Nếu được Sở hỗ trợ thì bên em bỏ ra 1 tỷ. | 1000000000 | 1000000000
          support share, a price   | HTX xin hỗ trợ 70% kinh phí mua máy. Máy giá khoảng 250 triệu. | |
          support share, a price   | htx xin ho tro 70% kinh phi mua may. may gia khoang 250 trieu | |
          support share, a split   | Kinh phí dự kiến: 1,5 tỷ / Đề nghị hỗ trợ: 30% kinh phí | |
          support share, a split   | kinh phi du kien: 1,5 ty / de nghi ho tro: 30% kinh phi | |
          capped share asked       | Kinh phí: 2 tỷ 500 / Hỗ trợ đề nghị: 50% tối đa 1 tỷ | |
          capped share asked       | kinh phi: 2 ty 500 / ho tro de nghi: 50% toi da 1 ty | |
          programme terms asked    | Sở hỗ trợ 50% kinh phí, tối đa 200 triệu có đúng không? Em định mua máy khoảng 150 triệu. | 150000000 | 150000000
          own part unclear         | Tổng đầu tư tầm 25 tỷ, nhưng có thể góp vốn cùng nhà đầu tư khác nên phần của mình chưa rõ. | |
          own part unclear         | tong dau tu tam 25 ty, phan cua minh chua ro | |
          budget withdrawn         | Kinh phí em chưa chốt, anh bỏ con số 500tr lúc nãy đi giúp em. | |
          budget withdrawn         | a kinh phi e chua chot nha, a bo con so 500tr luc nay di | |
          deal closed, kept        | Kinh phí 500 triệu, em chốt rồi. | 500000000 | 500000000
          loan still sought        | Bên cung cấp báo giá 2 tỷ, HTX đã có 1 tỷ, đang vay thêm. | |
          loan still sought        | htx da co 1 ty, dang vay them. | |
          loan with no more        | co 700tr, khong vay them dau | 700000000 | 700000000
          loan asked of how much   | minh tu lo duoc tam 5-600 trieu, vay them duoc bao nhieu thi tinh | 500000000 | 600000000
          target beside a cap      | Ngân sách 30 triệu, vượt 35 là thôi. | |
          target beside a cap      | ngan sach 30 trieu, vuot 35 la thoi | |
          a little more than       | Ngân sách hơn 1 tỷ chút. | |
          a little more than       | ngan sach hon 1 ty chut | |
          more is fine             | Khoảng 500 triệu, cao hơn một chút cũng được. | 500000000 | 500000000
          a range then a raise     | Ngân sách 7-8 trăm triệu, có thể lên 1 tỷ nếu có lò sấy. | |
          a range then a raise     | ngan sach 7-8 tram trieu, co the len 1 ty neu co lo say | |
          one amount then a raise  | du kien 1ty2, co the nang len 1ty5 neu phan mem phu hop | 1200000000 | 1500000000
          argued as worth it       | Nếu tiết kiệm được 10% thì chi 2-3 tỷ cũng đáng. | |
          argued as worth it       | neu tiet kiem duoc 10% thi chi 2-3 ty cung dang | |
          digits and words differ  | Tổng mức đầu tư: 2.000.000.000đ (hai trăm triệu đồng) | |
          digits and words differ  | tong muc dau tu: 2.000.000.000d (hai tram trieu dong) | |
          digits and words agree   | Kinh phí 350.000.000 đồng (ba trăm năm mươi triệu đồng) | 350000000 | 350000000
          a form in thousands      | Đơn vị tính: 1.000đ / - Kinh phí dự kiến: 450.000 | |
          a form in thousands      | don vi tinh: 1.000d / - kinh phi du kien: 450.000 | |
          a form in dong           | Kinh phí dự kiến: 450.000.000 đồng | 450000000 | 450000000
          spoken range, no dash    | trang trai minh 10ha, chi duoc tam 50 60 tr | 50000000 | 60000000
          two bare numbers falling | trang trai minh 10ha, chi duoc tam 60 50 tr | |
          a count before money     | Cần 2 máy, kinh phí 900 triệu. | 900000000 | 900000000
          changed now              | Hôm trước em báo kinh phí 700 triệu, giờ em nâng lên tầm 1 tỷ luôn cho chắc ạ. | |
          changed now              | hom truoc em bao kinh phi 700 trieu, gio em nang len tam 1 ty luon | |
          a raise it could make    | Lo được 1 tỷ, có thể nâng lên 1,5 tỷ. | 1000000000 | 1500000000
          """)
  void the_own_amount_is_settled_or_left_empty(String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  /** Round 10 (money15, money16): the general causes of their 16 wrong numbers, each with and without marks. */
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          own amount not known     | Chị mình làm lò hết 300 triệu. Tiền thì em chưa có con số. | |
          own amount not known     | chi minh lam lo het 300 trieu. tien thi em chua co con so | |
          own amount not known     | Đã thuê chuyên gia 400 triệu; phần tưới tự động thì chưa có ngân sách, mong Sở giúp. | |
          own amount not known     | da thue chuyen gia 400 trieu; phan tuoi tu dong thi chua co ngan sach, mong So giup | |
          own amount not known     | Quỹ R&D năm nay 15 tỷ, dự án sẽ trích một phần, chưa rõ bao nhiêu. | |
          own amount not known     | Doanh thu 2 tỷ, còn kinh phí mua máy thì bên em chưa tính được ạ. | |
          own amount named         | Em chưa có kinh phí nhiều, ngân sách tầm 50 triệu. | 50000000 | 50000000
          a public source          | Giá gói thầu: 1.860.000.000 đồng / Nguồn vốn: kinh phí nhiệm vụ KH&CN cấp tỉnh | |
          a public source          | gia goi thau: 1.860.000.000 dong / nguon von: kinh phi nhiem vu khcn cap tinh | |
          an own source            | Kinh phí 1,2 tỷ / Nguồn vốn: vốn tự có của công ty | 1200000000 | 1200000000
          the State's money        | Dự toán 25 tỷ, trong đó vốn ngân sách tỉnh 15 tỷ, bệnh viện đối ứng 10 tỷ. | |
          the State's money        | du toan 25 ty, trong do von ngan sach tinh 15 ty, benh vien doi ung 10 ty | |
          a budget of its own      | Ngân sách công ty dành cho máy là 2 tỷ. | 2000000000 | 2000000000
          relabelled as a quote    | Cái 500tr em nói lúc nãy là giá bên bán báo chứ không phải tiền em có, em có tầm 300 thôi. | |
          relabelled as a quote    | Kinh phí khoảng 500 triệu. À, đấy là bên bán báo thôi, nhà em thì tối đa 400. | |
          relabelled as a quote    | kinh phi khoang 500 trieu. a, day la ben ban bao thoi, nha em thi toi da 400 | |
          relabelled as revenue    | Em xin đính chính: con số 2 tỷ trong tin trước là doanh thu năm ngoái. | |
          a sentence about a thing | Máy đó là loại tốt, bên bán báo 500tr, em lo được 400tr. | 400000000 | 400000000
          threshold both ways      | Chi phí dưới 1 tỷ thì em tự quyết, trên thì phải xin Tổng giám đốc. | |
          threshold both ways      | chi phi duoi 1 ty thi em tu quyet, tren thi phai xin tong giam doc | |
          a ceiling far from it    | Giá trần cho gói thiết bị do HĐQT Công ty Sông Đà 12 đặt ra là 6 tỷ đồng. | |
          a ceiling far from it    | gia tran cho goi thiet bi do hdqt cong ty song da 12 dat ra la 6 ty dong | |
          support beside a total   | Đề nghị Sở hỗ trợ 200 triệu đồng để đầu tư hệ thống lọc. Tổng mức đầu tư dự kiến khoảng 650 triệu đồng. | |
          support beside a total   | de nghi so ho tro 200 trieu dong de dau tu he thong loc. tong muc dau tu du kien khoang 650 trieu | |
          a share beside a total   | Tổng kinh phí 800 triệu, mong Sở hỗ trợ 50%. | |
          """)
  void round_ten_causes_leave_the_own_amount_empty_or_read_it(String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }

  /**
   * Round 12 (money19, money21): a guessed price, a deposit paid, a ceiling named far, a range
   * stretched on a condition, cash held beside a loan offered.
   */
  @ParameterizedTest(name = "{0}: {1} -> {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          a guessed price          | Máy tách hạt sầu riêng em nghĩ chắc cũng phải 1 tỷ. Ai biết chỗ nào làm không ạ? | |
          a guessed price          | may tach hat sau rieng em nghi chac cung phai 1 ty. ai biet cho nao lam khong a | |
          a guessed floor stays    | Hệ thống lọc khí này chắc phải hơn 500 triệu, bên em chịu được. | 500000000 |
          a guessed floor stays    | cai he thong loc khi nay chac phai hon 500 trieu, ben em chiu duoc | 500000000 |
          price beside a deposit   | Xưởng em đã chuyển cọc 50 triệu giữ máy cán tôn sóng, giá máy 380 triệu. | |
          price beside a deposit   | xuong em da chuyen coc 50 trieu giu may can ton song, gia may 380 trieu | |
          deposit elsewhere        | Bên em đã đặt cọc 150 triệu cho một xưởng nhưng họ giao trễ. Nay muốn tìm đơn vị khác làm, giá tối đa 600 triệu. | | 600000000
          budget word, far ceiling | Ngân sách tối đa cho đợt nâng cấp này là 4 tỷ. | |
          budget word, far ceiling | ngan sach toi da cho dot nang cap nay la 4 ty | |
          budget word, ceiling     | Kinh phí tối đa 500 triệu. | | 500000000
          range stretched if       | Cty có thể chi 300 – 400 triệu, nếu máy tốt hơn nữa thì chi tới 500 triệu cũng được. | |
          range stretched if       | cty co the chi 300 - 400 trieu, neu may tot hon nua thi chi toi 500 trieu cung duoc | |
          a range with a wish      | Ngân sách 300 - 400 triệu, nếu được Sở hỗ trợ thì tốt. | 300000000 | 400000000
          cash beside a loan offer | Cơ sở cần dây chuyền làm bún khô. Vay vốn ngân hàng tối đa được 1 tỷ, tiền mình có 300 triệu. | |
          cash beside a loan offer | co so can day chuyen lam bun kho. vay von ngan hang toi da duoc 1ty, tien minh co 300tr | |
          cash tied to the thing   | Ngân hàng cho vay 300 triệu rồi nhưng là vay làm nhà, còn tiền cho máy thì em có tầm 120 triệu. | 120000000 | 120000000
          cash tied to the thing   | nh cho vay 300tr roi nhung la vay lam nha, con tien cho may thi e co tam 120tr | 120000000 | 120000000
          """)
  void round_twelve_causes_leave_the_own_amount_empty_or_read_it(String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
