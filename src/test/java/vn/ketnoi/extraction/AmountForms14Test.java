package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 14 (money30 the amount alone in one plain frame, money31 older and formal writers): how
 * the amount itself is written — words before "trăm" with the tens after it in digits ("hai trăm
 * 50 triệu"), "1 trăm linh 5 triệu" (105; "3 trăm lẻ 50 triệu" is unsure), "2 trăm rưỡi triệu", a comma group before any unit ("1,500 tỷ": 1,5 or 1.500 tỷ?) and a dot group before "tỷ" ("1.250
 * tỷ": thousands of tỷ, or the English decimal?), a
 * part left unsaid after a unit ("2 tỷ lẻ", "1 tỷ mấy", "1 tỷ hơn", "2 tỷ có lẻ", "1 tỷ mấy trăm
 * triệu"), an amount written in digits and again in words
 * (one amount when they agree, unsure when not), digits grouped as no number is before a currency
 * ("3000.000.000 đồng"), a unit in brackets after the number ("1.250.000 (nghìn đồng)") and a
 * label's or bracket's unit that makes less than a million đồng, and an amount said before a tax it
 * leaves out ("chưa VAT": that or that plus the tax?), "đ" glued before the digits, and thousands
 * of triệu spelled out ("một nghìn bảy trăm năm mươi triệu"), "m" / "B" glued to the digits before
 * "VND" ("700m VND", "2B VND"), "Tổng cộng" as a label with its unit, and a range of two bare numbers written in full
 * ("800.000.000 - 1.000.000.000": it read the first alone, exactly), spoken bounds no rule reads
 * ("non", "kịch kim", "bét nhất": not the exact amount) and a margin in brackets ("1 tỷ (±10%)"); with and without marks, and the cases
 * beside them that read as before. Empty bounds: no budget.
 */
class AmountForms14Test {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          words trăm, digit tens    | Bên em cần máy dệt, kinh phí hai trăm 50 triệu. | 250000000 | 250000000
          words trăm, digit tens    | ben em can may det, kinh phi hai tram 50 trieu | 250000000 | 250000000
          words trăm, digit chục    | kinh phí ba trăm 2 chục triệu | 320000000 | 320000000
          words trăm, a bare digit  | Kinh phí hai trăm 5 triệu. | |
          words trăm, a bare digit  | kinh phi hai tram 5 trieu | |
          words trăm, then a year   | Kinh phí hai trăm triệu năm 2026. | 200000000 | 200000000
          digits trăm linh a digit  | Kinh phí 1 trăm linh 5 triệu. | 105000000 | 105000000
          digits trăm lẻ a digit    | kinh phi 2 tram le 5 trieu | 205000000 | 205000000
          trăm lẻ two digits        | Kinh phí 3 trăm lẻ 50 triệu. | |
          trăm lẻ two digits        | kinh phi ba tram le 50 trieu | |
          digits trăm rưỡi          | Kinh phí cho máy sàng lọc hạt giống tầm 2 trăm rưỡi triệu. | 250000000 | 250000000
          digits trăm rưỡi          | kinh phi tam 2 tram ruoi trieu | 250000000 | 250000000
          words trăm rưỡi as before | kinh phí ba trăm rưỡi triệu | 350000000 | 350000000
          comma group before tỷ     | Ngân sách: 1,500 tỷ cho dây chuyền | |
          comma group before tỷ     | ngan sach 1,500 ty cho day chuyen | |
          dot group before tỷ       | Kinh phí khoảng 1.250 tỷ cho dây chuyền. | |
          dot group before tỷ       | kinh phi khoang 1.250 ty | |
          dot decimal before tỷ     | kinh phi khoang 1.25 ty | 1250000000 | 1250000000
          comma decimal still reads | Ngân sách: 1,5 tỷ cho dây chuyền | 1500000000 | 1500000000
          dot group still reads     | Ngân sách: 1.500 triệu cho dây chuyền | 1500000000 | 1500000000
          lẻ after a unit, unsaid   | Kinh phí đối ứng khoảng 2 tỷ lẻ, HTX xin đăng ký dây chuyền sơ chế chuối. | |
          lẻ after a unit, unsaid   | kinh phi doi ung khoang 2 ty le, htx xin dang ky | |
          lẻ after an elided digit  | kinh phi khoang 1 ty 2 le | |
          an elided digit reads     | kinh phi khoang 1 ty 2 | 1200000000 | 1200000000
          mấy after a unit, unsaid  | Kinh phí tầm 1 tỷ mấy. | |
          hơn ending, a part unsaid | Kinh phí khoảng 1 tỷ hơn. | |
          ngoài ending, unsaid      | kinh phi 1 ty ngoai | |
          có lẻ, a part unsaid      | Kinh phí 2 tỷ có lẻ. | |
          mấy before a place        | Kinh phí 1 tỷ mấy trăm triệu. | |
          vài before a unit         | kinh phi 1 ty vai trieu | |
          hơn before words reads    | Kinh phí 1 tỷ hơn so với năm ngoái. | 1000000000 | 1000000000
          lẻ with its group reads   | Kinh phí hai tỷ lẻ năm mươi triệu. | 2050000000 | 2050000000
          mấy before a word reads   | Kinh phí 500 triệu mấy tháng nay chưa giải ngân. | 500000000 | 500000000
          linh before a word reads  | kinh phi 500 trieu linh kien nhap khau | 500000000 | 500000000
          words restate digits      | Kinh phí đối ứng (đồng): 275.500.000 — hai trăm bảy mươi lăm triệu năm trăm nghìn đồng; nhu cầu: camera AI. | 275500000 | 275500000
          words restate digits      | Kinh phí dự kiến: 1.200.000.000 đồng (một tỷ hai trăm triệu đồng) cho máy sấy. | 1200000000 | 1200000000
          words restate digits      | kinh phi du kien: 1.200.000.000 dong (bang chu: mot ty hai tram trieu dong) cho may say | 1200000000 | 1200000000
          digits restate words      | Kinh phí dự kiến: Ba trăm triệu đồng (300.000.000đ) cho máy ép cám. | 300000000 | 300000000
          words contradict digits   | Nhu cầu: máy hàn ống nhựa HDPE. Kinh phí tự có: 80.000.000đ (Tám triệu đồng). | |
          words contradict digits   | kinh phi tu co: 80.000.000d (tam trieu dong) | |
          words named, chẵn         | Kinh phí đối ứng: 1.200.000.000 đồng (Bằng chữ: Một tỷ hai trăm triệu đồng chẵn). | 1200000000 | 1200000000
          words named, a clerk's ./. | Kinh phí đối ứng: 1.200.000.000 đồng (Bằng chữ: Một tỷ hai trăm triệu đồng./.) | 1200000000 | 1200000000
          Bằng chữ after a period   | Số tiền đối ứng: 500.000.000 đồng. Bằng chữ: Năm trăm triệu đồng. | 500000000 | 500000000
          words settled by digits   | Kinh phi HTX bo ra: 80.000.000 d (bang chu: tam muoi trieu dong chan) de mua may rua rau. | 80000000 | 80000000
          Bằng chữ that disagrees   | So tien doi ung: 500.000.000 dong. Bang chu: Nam muoi trieu dong. | |
          words with a condition    | Kinh phí 2 tỷ (hai tỷ rưỡi nếu nhập khẩu) | |
          bare digits contradicted  | Vốn đối ứng: 500.000.000 (năm mươi triệu đồng) | |
          bare digits contradicted  | von doi ung: 5.000.000.000 (nam tram trieu dong) | |
          bare digits restated      | Vốn đối ứng: 500.000.000 (năm trăm triệu đồng) | 500000000 | 500000000
          viết bằng chữ             | Vốn đối ứng: 500.000.000đ (viết bằng chữ: năm trăm triệu đồng) | 500000000 | 500000000
          a short code, its words   | Mã hồ sơ 2025 (hai tỷ) là của năm trước, kinh phí 300 triệu. | 300000000 | 300000000
          a dash range still reads  | Kinh phí 500 triệu - một tỷ cho hệ thống. | 500000000 | 1000000000
          an aside in brackets      | Kinh phí 2 tỷ (hai máy) cho dây chuyền. | 2000000000 | 2000000000
          misgrouped digits         | Kinh phí dự kiến: 3000.000.000 đồng (ba trăm triệu đồng) cho máy nghiền bột. | |
          misgrouped digits         | kinh phi du kien 3000.000.000 dong cho may nghien bot | |
          a date's digits, no money | Ngày 12.05.2026 gửi đơn, kinh phí 500 triệu. | 500000000 | 500000000
          unit in brackets after    | Kinh phí: 1.250.000 (nghìn đồng) cho hệ thống lạnh bảo quản thủy sản. | 1250000000 | 1250000000
          unit in brackets after    | kinh phi: 750 (trieu dong) cho he thong lanh | 750000000 | 750000000
          unit in brackets, too few | Kinh phí: 450 (nghìn đồng) cho máy sấy lạnh công nghiệp. | |
          label unit, too few       | Kinh phí (nghìn đồng): 450 — máy sấy lạnh công nghiệp 500 kg/mẻ. | |
          label unit, too few       | kinh phi (nghin dong): 450 - may say lanh | |
          label in tỷ, a dot group  | Kinh phí đối ứng (tỷ đồng): 1.200 | |
          label in triệu, a comma   | kinh phi doi ung (trieu dong): 1,500 | |
          label in tỷ, a decimal    | Kinh phí đối ứng (tỷ đồng): 1,2 | 1200000000 | 1200000000
          label unit still reads    | Kinh phí (nghìn đồng): 450.000 — máy sấy lạnh. | 450000000 | 450000000
          a tax left out            | Kinh phi doi ung: 1.000.000.000 dong (mot ty dong), khong bao gom 10% thue VAT. | |
          a tax left out            | Kinh phí 600tr (chưa VAT). | |
          a tax left out            | Kinh phí dự kiến 1,2 tỷ, chưa bao gồm thuế GTGT. | |
          the tax in, reads         | KP: 1,5 tỷ (đã gồm VAT) | 1500000000 | 1500000000
          the tax in, reads         | kinh phi 1,5 ty da bao gom VAT | 1500000000 | 1500000000
          chưa before another word  | Kinh phí 500 triệu, chưa có nhà xưởng. | 500000000 | 500000000
          no tax due, reads         | Kinh phí 500 triệu (không thuế). | 500000000 | 500000000
          unit stated in brackets   | Kinh phí dự kiến: 500.000 (nghìn đồng) cho dây chuyền sấy mít. | 500000000 | 500000000
          đ glued before digits     | bên em có đ300.000.000 cho máy làm đá sạch | 300000000 | 300000000
          plain d before, a code    | ben em co d300.000.000 cho may lam da sach | |
          thousands of triệu        | Kinh phí tự có: 1.750 triệu đồng (một nghìn bảy trăm năm mươi triệu) cho dây chuyền bao bì carton. | 1750000000 | 1750000000
          thousands of triệu        | kinh phi du kien mot nghin hai tram trieu dong | 1200000000 | 1200000000
          thousands of triệu        | Kinh phí 1 nghìn 500 triệu. | 1500000000 | 1500000000
          thousands, then a count   | Mua 5 nghìn 200 con gà, kinh phí 300 triệu. | 300000000 | 300000000
          nghìn tỷ as before        | Kinh phí tầm 2 nghìn tỷ. | 2000000000000 | 2000000000000
          English shorthand + VND   | budget bên em tầm 700m VND cho phần mềm quản trị | 700000000 | 700000000
          English shorthand + VND   | Kinh phí: 2B VND cho dây chuyền sản xuất bao bì giấy | 2000000000 | 2000000000
          English shorthand alone   | Công ty dự kiến 1.5B cho hệ thống điện mặt trời | |
          a block named 2B          | Nhà 2B, kinh phí 300 triệu | 300000000 | 300000000
          metres of copper          | Cần 700m đồng cho xưởng, kinh phí 300 triệu. | 300000000 | 300000000
          label Tổng cộng in nghìn  | Tổng cộng (nghìn đồng): 2.350.000 — toàn bộ do HTX tự chi để mua máy sấy thăng hoa. | 2350000000 | 2350000000
          a range written in full   | Kinh phí 800.000.000 - 1.000.000.000 cho máy đóng gói. | 800000000 | 1000000000
          a range written in full   | kinh phi tu 500000000 den 700000000 | 500000000 | 700000000
          in full, then a year      | Kinh phí 300.000.000 - 2026 | 300000000 | 300000000
          in full, then a count     | Mua 1.000.000 - 2.000.000 con giống, kinh phí 300 triệu | 300000000 | 300000000
          non, nearly as ngót       | Kinh phí non 1 tỷ. | |
          kịch kim, at most         | kinh phi kich kim 1 ty | |
          kịch khung, at most       | Kinh phí kịch khung 800 triệu. | |
          bét nhất, at least        | Kinh phí bét nhất 500 triệu. | |
          bét ra, at least          | kinh phi bet ra 500 trieu | |
          chè non, a count          | Mua chè non 2 tấn, kinh phí 300 triệu. | 300000000 | 300000000
          a margin in brackets      | Kinh phí 1 tỷ (±10%). | |
          a margin in brackets      | kinh phi 1 ty (+/- 100 trieu) | |
          an aside in brackets      | Kinh phí 1 tỷ (khoảng). | 1000000000 | 1000000000
          """)
  void amountForms(String why, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
