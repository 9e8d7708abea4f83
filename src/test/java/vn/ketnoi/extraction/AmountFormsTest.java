package vn.ketnoi.extraction;

import static vn.ketnoi.extraction.BudgetCases.assertBudget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 11 (money17 written forms, money18 chat shorthand): how the amount itself is written —
 * "tỏi" is no unit, a bare "chục tỷ", "1,250 tỷ" (unsure since round 14, as "1,500 triệu"), "1 tỷ 050 triệu", a range said as two cases
 * ("ít thì … nhiều thì …"), "hoặc hơn" after an amount, a bare number on the next line, a thousand
 * "tr" or more, "đổ lại" / "đổ lên" typed plain ("do", not "đô"), "₫" before, ",00" of a ledger,
 * "chua toi" typed plain, a unit on the next line, a Telex tone key left or a letter doubled; with and without marks, and the cases beside them that read as before. Empty
 * bounds: no budget. " / " is a line break.
 */
class AmountFormsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          slash, two ends          | ngan sach 500/700tr cho may loc nuoc RO | 500000000 | 700000000
          slash, two ends          | cần lò sấy cacao cho HTX, tầm 200/250 triệu | 200000000 | 250000000
          slash, a fraction        | kinh phí khoảng 1/2 tỷ cho máy | |
          slash, a larger first    | kinh phí 700/500tr | |
          tỏi, slang not all know  | Em cần dây chuyền đóng gói, tầm 2 tỏi. | |
          tỏi, slang not all know  | cty muon lam day chuyen chiet rot, chac 1 toi | |
          tỷ beside it still reads | Em cần dây chuyền đóng gói, tầm 2 tỷ. | 2000000000 | 2000000000
          tỏi as a bulb, no money  | mua 2 củ tỏi | |
          bare chục, ten or tens   | Công ty cần dây chuyền nhựa tái chế, khoảng chục tỷ. | |
          bare chục, ten or tens   | cty can day chuyen nhua tai che, khoang chuc ty | |
          bare chục triệu          | tầm chục triệu thôi anh ơi | |
          counted chục reads       | Kinh phí dự kiến khoảng hai chục triệu. | 20000000 | 20000000
          counted chục reads       | tien tam 5 chuc trieu | 50000000 | 50000000
          comma group before tỷ    | Kinh phí khoảng 1,250 tỷ. | |
          comma group before tỷ    | kinh phi khoang 1,250 ty | |
          comma group before triệu | Kinh phí khoảng 1,500 triệu. | |
          dot group before triệu   | Kinh phí dự kiến: 1.500 triệu đồng. | 1500000000 | 1500000000
          comma decimal before tỷ  | kinh phí 1,25 tỷ | 1250000000 | 1250000000
          zero-led group after tỷ  | Bên em định trang bị máy X-quang, ngân sách 1 tỷ 050 triệu. | 1050000000 | 1050000000
          zero-led group after tỷ  | ngan sach 1 ty 050 trieu | 1050000000 | 1050000000
          zero-led group, elided   | ngân sách 2 tỷ 050 | 2050000000 | 2050000000
          a phone after an amount  | ngân sách 1 tỷ 091 234 567 | 1000000000 | 1000000000
          two cases, a range       | can he thong tuoi phun suong, it thi 200 nhieu thi 300tr | 200000000 | 300000000
          two cases, a range       | Cần hệ thống tưới, ít thì 200 triệu, nhiều thì 300 triệu. | 200000000 | 300000000
          two cases, a range       | thấp thì 500 triệu, cao thì 700 triệu | 500000000 | 700000000
          one case alone, a max    | can may say, cao lam thi 600 cu | | 600000000
          or more, about or floor  | cty can robot xep bao, tam 1 ty / hoac hon chut | |
          or more, about or floor  | Công ty cần robot xếp bao, tầm 1 tỷ hoặc hơn. | |
          a bit more, unsure       | Kinh phí 1 tỷ hơn một chút. | |
          more said as a floor     | Kinh phí từ 1 tỷ trở lên. | 1000000000 |
          a bare number next line  | du tru cho lo hoi tam 1 ty / 2 | |
          a bare number next line  | Dự trù cho lò hơi tầm 1 tỷ / 2 | |
          a count on the next line | du tru tam 1 ty / 2 may | 1000000000 | 1000000000
          a thousand tr or more    | co so nho, muon mua may ep mia, tam 5000tr | |
          a thousand củ or more    | Cơ sở nhỏ muốn mua máy ép mía, tầm 1500 củ. | |
          hundreds of tr read      | co so nho, muon mua may ep mia, tam 500tr | 500000000 | 500000000
          a thousand triệu, formal | Kinh phí dự kiến: 1200 triệu đồng. | 1200000000 | 1200000000
          đổ lại typed plain, a max | HTX can may cay lua, chi tu 1 ty do lai | | 1000000000
          đổ lại with marks, a max | HTX cần máy cấy lúa, tầm 1 tỷ đổ lại | | 1000000000
          đổ lên typed plain, a min | ben minh dau tu 2 ty do len cho day chuyen | 2000000000 |
          đổ trở xuống, a max      | HTX can may phan loai trung, 300tr do tro xuong | | 300000000
          đổ trở xuống, a max      | HTX cần máy phân loại trứng, 300tr đổ trở xuống | | 300000000
          đô alone, dollars        | kinh phi khoang 1 ty do | |
          ₫ before the number      | Kinh phí: ₫ 450.000.000 cho thiết bị lên men. | 450000000 | 450000000
          zero cents of a ledger   | Ngân sách: 250.000.000,00 đồng. | 250000000 | 250000000
          zero cents of a ledger   | ngan sach 1,200,000,000.00 vnd | 1200000000 | 1200000000
          cents that are not zero  | Ngân sách: 250.000.000,50 đồng. | |
          chưa tới typed plain     | ho kd e can may rang ca phe mini, chua toi 100 trieu | | 100000000
          chưa tới with marks      | Hộ kinh doanh cần máy rang cà phê mini, chưa tới 100 triệu. | | 100000000
          toi alone, still unsure  | Bao gia 1ty450, sep duyet toi 1ty3 thoi | |
          unit on the next line    | ngan sach cty dc duyet cho may dong goi la 700 / trieu nha a | 700000000 | 700000000
          unit on the next line    | Ngân sách được duyệt là 700 / triệu nha anh | 700000000 | 700000000
          trăm triệu next line     | e tinh tam 5 / tram trieu a, cho may ep dau | 500000000 | 500000000
          a number alone between   | ben e co / 500 / trieu cho may sang loc hat | 500000000 | 500000000
          triệu chứng next line    | Kinh phí: 200 / Triệu chứng: cây vàng lá | |
          tr next line, no unit    | kinh phi 200 / tr 3 co bang gia | |
          a capital opens a line   | Kinh phí: 200 / Tỷ giá USD hôm nay 25.000 | |
          Telex tone key left      | cty can may thoi chai PET, khoang 500 trieuj | 500000000 | 500000000
          Telex tone key left      | nha may can lo nung gom, 2 tyr | 2000000000 | 2000000000
          last letter doubled      | xuong can may cat plasma, co 800trr | 800000000 | 800000000
          last letter doubled      | co so can may vat long ga, 50 trieuu | 50000000 | 50000000
          another key, no unit     | khoang 500 trieuf | |
          """)
  void how_an_amount_is_written(String form, String text, Long min, Long max) {
    assertBudget(text, min, max);
  }
}
