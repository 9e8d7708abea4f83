package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 15a (money35, money37): the ways a speaker or chat writer takes an amount back inside one
 * message ({@link Retractions}): spoken "à không", "à mà thôi", "à xin lỗi", "ý là", "nói lại",
 * "ak nhầm", "à lộn"; a chat star "*80tr"; "lúc đầu … giờ …"; a bare "à" between two amounts (a
 * filler or a correction: unsettled). The new number without its unit leaves no budget; the amount
 * taken back is never kept. With and without marks, and the cases where no rule may fire.
 */
class BudgetRetractionsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          à không, in words        | kinh phí tầm ba tỷ à không hai tỷ rưỡi cho kho lạnh | 2500000000 | 2500000000
          à không, plain           | kinh phi tam ba ty a khong hai ty ruoi cho kho lanh | 2500000000 | 2500000000
          à không before a bound   | tiền thì dưới một tỷ à không dưới tám trăm triệu thôi | |
          à không before a bound   | tien thi duoi mot ty a khong duoi tam tram trieu thoi | |
          à không biết, no cue     | kinh phí 500 triệu à không biết đủ không | 500000000 | 500000000
          à không biết, no cue     | kinh phi 500 trieu a khong biet du khong | 500000000 | 500000000
          new number, no unit      | khoảng tám trăm triệu à không tám trăm năm mươi | |
          new number, no unit      | khoang tam tram trieu a khong tam tram nam muoi | |
          à mà thôi, no unit       | tầm năm trăm triệu à mà thôi ghi là bốn trăm đi | |
          à mà thôi, with unit     | can may rang ca phe, khoang 500 trieu a ma thoi, 400 trieu | 400000000 | 400000000
          à xin lỗi                | tôi cần kho lạnh tầm ba tỷ à xin lỗi ba tỷ rưỡi | 3500000000 | 3500000000
          à xin lỗi                | toi can kho lanh tam ba ty a xin loi ba ty ruoi | 3500000000 | 3500000000
          ý là                     | ngân sách 600 triệu, ý là 700 triệu | 700000000 | 700000000
          nói lại                  | ngan sach 600 trieu, noi lai 700 trieu | 700000000 | 700000000
          ak nhầm                  | kinh phi 1ty5 ak nham 1ty2 nha ad | 1200000000 | 1200000000
          ah nhầm                  | Kinh phí 1 tỷ 5 ah nhầm 1 tỷ 2 nha | 1200000000 | 1200000000
          à lộn                    | máy đá viên tầm 500 triệu, à lộn, 250 triệu thôi | 250000000 | 250000000
          à lộn, plain             | may da vien tam 500 trieu, a lon, 250 trieu thoi | 250000000 | 250000000
          lớn is no lộn            | máy lớn 500 triệu, máy nhỏ 250 triệu | |
          a star                   | Ngân sách phần mềm QR khoảng 50tr *80tr | 80000000 | 80000000
          a star, plain            | ngan sach phan mem QR khoang 50tr *80tr | 80000000 | 80000000
          a star, no unit          | ngân sách khoảng 50tr *80 | |
          a note's star, no cue    | Ngân sách 50tr, *lưu ý: cần gấp | 50000000 | 50000000
          a note's star, plain     | ngan sach 50tr *luu y can gap | 50000000 | 50000000
          lúc đầu … giờ            | Lúc đầu tính 400 triệu, giờ có 500 triệu cho nhà sơ chế | 500000000 | 500000000
          lúc đầu … giờ, plain     | luc dau tinh 400 trieu, gio co 500 trieu cho nha so che | 500000000 | 500000000
          giờ … nâng lên, unsure   | Lúc đầu tính 400 triệu mà giờ HTX họp nâng lên 500 triệu | |
          giờ thêm is a sum        | lúc đầu tính 400 triệu, giờ cần thêm 200 triệu nữa | |
          có thể nâng lên, a range | lo được 1 tỷ, nay có thể nâng lên 1,5 tỷ | 1000000000 | 1500000000
          a bare à, unsettled      | kinh phí một tỷ hai à một tỷ ba cho máy rửa chai | |
          a bare à, plain          | kinh phi 1 ty 2 a 1 ty 3 cho may rua chai | |
          the polite ạ, no cue     | kinh phí 500 triệu ạ | 500000000 | 500000000
          mới đúng, no unit        | Em dự trù 300 triệu... à 350 mới đúng, xin lỗi anh | |
          mới đúng, plain          | e du tru 300 trieu, 350 moi dung | |
          là đúng giá, no cue      | kinh phí 800 triệu, đúng giá thị trường | 800000000 | 800000000
          """)
  void an_amount_taken_back(String signal, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
