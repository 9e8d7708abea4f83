package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import vn.ketnoi.card.NeedCard;

/**
 * Issue 12's held-back sets, written by people who had not seen the extractor and scored once
 * before the changes (the note of issue 12 has every figure). Kept as guards at what they measured:
 * do not tune the rules on them. heldout-money5 and heldout-registers2 were never shown to anyone
 * changing the code; the others were, as failure classes, after a first round (heldout-money3 and
 * heldout-money4 row by row, with the labeller's notes).
 */
class HeldOutSetsTest {
  private static final Path DIR = Path.of("src/test/resources/extraction");
  private static final RuleExtractor RULES = new RuleExtractor(new Provinces());
  /** An amount alone is often no need: each is read after a need sentence, so the parser is scored. */
  private static final String NEED = "Bên em cần mua máy sấy nông sản. ";

  private record Score(int right, int wrong, int missed) {}

  @Test
  void messages_in_registers_unlike_chat_meet_the_issue_targets() {
    // heldout-registers3 (100, stop 23: names without a legal form, contacts in every shape, help
    // declined or already had) was scored unseen at the stop's start (micro-F1 0.862) and after
    // its changes (0.871); only its figures were looked at.
    for (String set : List.of("heldout-registers.jsonl", "heldout-registers2.jsonl", "heldout-registers3.jsonl")) {
      Evaluation.Report r = Evaluation.run(DIR.resolve(set), RULES);
      assertThat(r.messages()).as(set).isGreaterThanOrEqualTo(50);
      assertThat(r.micro().f1()).as(set).isGreaterThanOrEqualTo(0.85);
      assertThat(r.intentAccuracy()).as(set).isGreaterThanOrEqualTo(0.92);
    }
  }

  @Test
  void budgets_are_right_or_null_and_at_most_the_measured_few_are_a_wrong_number() throws IOException {
    // A better reading may only add right rows; a wrong number is never allowed back.
    // Round 8 (money11 and money12, two more outsiders) made readings the outside labellers split
    // on into no budget, and each table below lost the rows its own labeller read one way
    // (before -> after, with the rows by reason):
    //   "chỉ có / chỉ lo được / chỉ xoay được / chỉ được X" and "có / chuẩn bị được X thôi" (a
    //   ceiling here, the amount in money11): money 3, money2 3, money4 6, money5 4, money6 8
    //   (and its one wrong row, "Em co 70 cu thoi", now null), money8 1, money9 3;
    //   a foreign amount with the writer's VND equivalent after it (the VND here, neither in
    //   money11): money 1, money2 2, money3 1, money9 1;
    //   an own share given only as a percentage ("tự có 60%, vay 40%"; the total here, none in
    //   money12): money 1, money2 1, money4 1, money6 1, money8 1, money9 1;
    //   a total then the business's own part (the total here, the part or none in money12):
    //   money3 1, money6 1, money8 1, money9 3;
    //   "gần X" (about X here, either in money12): money2 1, money3 1;
    //   an own part beside "còn lại mong Sở hỗ trợ" (the part here, none in money11): money5 1,
    //   money6 1; a contract under way with a deposit paid (its value here, none in money12):
    //   money6 2, money9 1.
    // Gained: quotes and hearsay are someone else's figure (money5 2, money6 3, money9 2).
    // Round 9 (money13 and money14, below) left two more readings labellers split on empty:
    //   "hơn X một chút" (a floor here, none in money13: more, or about X?): money3 1;
    //   a deposit paid and the rest asked of the Sở ("đã đặt cọc 200 triệu … giá 650 triệu, cần
    //   hỗ trợ phần còn lại"; the price here, none in money13): money6 1.
    // heldout-money m136 ("giá thiết bị khoảng 250–300 triệu đồng, HTX không đủ vốn") is labelled
    // with the price; heldout-money3 labels the same words null, the price the HTX cannot pay. The
    // rules read it null (a miss), so "bốn trăm lăm mươi triệu", read since, keeps the count.
    // Round 10 (money15, money16, below) reads a total beside an amount of support asked ("Tổng
    // kinh phí 1 tỷ, đề nghị Sở hỗ trợ 300 triệu") as unsettled: labelled the total here and in
    // heldout-money9 p073, null in money15 (the total includes the support; the own part is not
    // said), so careful readers split and no number is stored: money2 1 (n158), money9 1 (p073).
    // Round 11 (money17 and money18, below) left two readings the outside labellers split on empty
    // (AmountFormsTest), and each table lost the rows its own labeller read one way:
    //   "tỏi" as a unit (tỷ here; no amount in money17 and money18, slang not all readers know and
    //   typed plain "tới" or "tôi"): money 1, money2 1, money4 1, money6 1, money8 2, money9 2,
    //   money11 1, money13 2, money14 1;
    //   a bare "chục tỷ", "chục triệu", "chục củ" (ten of them here; about ten or tens of them in
    //   money17): money 1, money2 1, money14 1.
    // Gained in round 11: "do lai / do len" typed plain read as "đổ", not "đô" (dollars): money4 3,
    //   money5 2, money6 3, money9 1, money11 1, money13 1, money14 1.
    // Rounds 10 and 11 together: money2 158 (n158 and two of round 11), money9 112 (p073 and two).
    // Round 14 (how amounts are written, AmountForms14Test) left two readings careful labellers
    // split on empty, and each table lost the rows its own labeller read one way:
    //   a comma group before "tỷ" ("1,250 tỷ": 1,25 tỷ here; 1,5 or 1.500 tỷ to money30's labeller
    //   for "1,500 tỷ", as "1,500 triệu" already was): money17 1 (w123);
    //   an amount said before a tax it leaves out ("chưa bao gồm VAT", "(chưa VAT)": the amount as
    //   said here; that or that plus the tax to money31's labeller, and to heldout-money16's own for
    //   v079): money12 1 (r082), money16 2 (v037, v078), money21 1 (q117).
    // Gained in round 14: "50m VND" (money15 u038).
    assertAtLeast(money("heldout-money.jsonl"), 125, 0);
    assertAtLeast(money("heldout-money2.jsonl"), 156, 0);
    assertAtLeast(money("duckling-money.jsonl"), 113, 0);
    // The 8 amounts whose role (whose money, when) the rules misread are now right: read as rules,
    // and a form label's unit ("Kinh phí (triệu đồng): 750") is read (99 / 0). BudgetDoubts leaves
    // two of them empty (97 / 0 / 3): a miss, the price of storing no number it doubts.
    assertAtLeast(money("heldout-money3.jsonl"), 91, 0);
    // Written by an outsider, most rows with several amounts: 81 right / 26 wrong / 27 missed
    // before the rules below (a ceiling for "chỉ có / chỉ lo được X", a price per unit beside a
    // count, a share or a cap of a share, options, a total beside the business's own part …), 96 /
    // 0 / 38 after; 97 / 0 / 37 once a "trong đó" part named as the technology's money is read.
    // Rows whose label computes a sum, product or share are a miss for us at best. 100 / 0 / 34
    // after the rules of BudgetShapesTest.
    assertAtLeast(money("heldout-money4.jsonl"), 91, 0);
    // Written by a second outsider and never shown to anyone changing the rules: 59 / 77 / 5 before
    // issue 12, 76 / 38 / 27 at the start of the stop that wrote the role rules, 82 / 14 / 45 after,
    // 96 / 0 / 45 after the rules of BudgetRolesTest (a raise on a condition, ceilings said as a
    // refusal, wages, thresholds asked about, contracts signed, programmes' budgets, past spending to
    // its clause's end, support received, a part beside its whole, a fraction never computed);
    // 98 / 0 / 43 after the rules of BudgetShapesTest; 100 / 0 / 41 after those of
    // BudgetFormLinesTest ("thu xếp được", "lo dc": what the business can arrange).
    assertAtLeast(money("heldout-money5.jsonl"), 100, 0);
    // Two tables by two more outsiders (money6-…, money7-…): 251 / 20 / 68 before the rules of
    // BudgetShapesTest (a single amount only when nothing in its clause bounds it or lets it move,
    // loans taken, deposits, running costs, profit, options asked, "tam" before a number word),
    // 268 / 1 / 70 after. The one wrong row reads "em có 70 củ thôi, đủ không" as a ceiling; "X
    // thôi" alone stays a single amount, as most of our outside labellers read it. 270 / 1 / 68
    // after the rules of BudgetListsTest; 259 / 0 / 80 after round 8 (above).
    assertAtLeast(money("heldout-money6.jsonl"), 258, 0);
    // A third outsider's table (survey-form lines, Zalo chat over turns, formal letters): 110 / 4 /
    // 26 before the rules of BudgetFormLinesTest (a form label settles nothing when its line holds
    // a quote beside what the business can arrange, or a total beside its own share and the Sở's,
    // or a later line names the technology's part; a public programme's total; "đc" for "được"),
    // 114 / 0 / 26 after. The total beside the HTX's share and the Sở's is a miss: its labeller
    // takes the share, others the total. 115 / 0 / 25 after the rules of BudgetListsTest.
    assertAtLeast(money("heldout-money8.jsonl"), 109, 0);
    // A fourth outsider's table (survey-form answers line by line, Zalo chat over turns, formal
    // letters): 116 / 6 / 24 before the rules of BudgetListsTest (a raise by straining on the next
    // line, a bound word in a form label, items listed under "gồm", "trong phạm vi X", "chỉ làm
    // trong X thôi", a deposit paid), 121 / 0 / 25 after. The items' sum its labeller computes is
    // a miss: our contract never computes one.
    assertAtLeast(money("heldout-money9.jsonl"), 110, 0);
    // Two outsiders' tables (money11 chat, money12 formal letters and forms), fitted on in round 8:
    // 65 / 15 / 50 and 80 / 14 / 36 before it, 85 / 0 / 45 and 90 / 0 / 40 after; round 9 kept them.
    assertAtLeast(money("heldout-money11.jsonl"), 87, 0);
    assertAtLeast(money("heldout-money12.jsonl"), 90, 0);
    // Two more outsiders' tables (money13, money14), fitted on in round 9: 85 / 12 / 33 and 91 / 9 /
    // 30 before it, 97 / 0 / 33 and 98 / 0 / 32 after (BudgetUnsettledTest, BudgetReadingsTest).
    assertAtLeast(money("heldout-money13.jsonl"), 98, 0);
    assertAtLeast(money("heldout-money14.jsonl"), 100, 0);
    // Two more outsiders' tables (money15 chat and letters, money16 formal letters and forms), the
    // unseen measure of stop 18, fitted on in round 10: 81 / 8 / 41 and 91 / 8 / 31 before it, 88
    // / 0 / 42 and 97 / 0 / 33 after (the round-10 cases in BudgetUnsettledTest, BudgetShapesTest,
    // BudgetOwnersTest: an own amount said to be unknown, a public source, the State's money, an
    // amount relabelled as a quote or revenue, a threshold told both ways, a ceiling price, support
    // asked beside a total, "hỏi … thì báo", what a neighbour paid, "X trở lại", "3 to 3.5 tỷ").
    assertAtLeast(money("heldout-money15.jsonl"), 90, 0);
    assertAtLeast(money("heldout-money16.jsonl"), 96, 0);
    // Round 12 raised five guards above by a row each (money5 p040, money11 q038, money13 s023,
    // money15 u120, money16 v023: a running cost "mỗi tháng tốn khoảng …" read further, "vừa ký/đầu
    // tư" as done), and lost none. Two more outsiders' tables, written fresh in stop 19 and never
    // seen by anyone changing code until round 12 fitted on them (money19 Mekong delta and Central
    // Highlands, money21 the North): 92 / 13 / 25 and 83 / 8 / 39 before it, 106 / 0 / 24 and 92 / 0
    // / 38 after (BudgetSharesTest; the round-12 cases in BudgetUnsettledTest, BudgetOwnersTest,
    // BudgetListsTest: an own part only a share, a guessed price, a deposit paid, cash beside a loan
    // offered, spending just done, fuel money, market prices, a price not known, parties' split).
    // Merged with round 11 (how amounts are written), each lost one row to its readings left
    // empty (105 and 91), and money17's share of the price is null now (115 / 1).
    assertAtLeast(money("heldout-money19.jsonl"), 106, 0);
    assertAtLeast(money("heldout-money21.jsonl"), 91, 0);
    // Two more outsiders' tables, written fresh in stop 19 (money17 written forms, mostly with
    // marks; money18 chat shorthand, mostly without) and fitted on in round 11 (AmountFormsTest):
    // 105 / 6 / 19 and 94 / 7 / 29 before it, 114 / 2 / 14 and 109 / 2 / 19 after. The four wrong
    // rows left are no reading of the amount itself: "chuẩn bị 3 củ" (3 triệu to every other
    // labeller of "củ", implausible for a dryer to this one), a total beside a share asked of the
    // Sở ("Tổng đầu tư khoảng 2 tỷ, mong Sở hỗ trợ 50%") or beside a share of the price ("ben e co
    // khoang 60-70% thoi"), and a correction said after the new amount ("1ty2 nha e, go nham").
    assertAtLeast(money("heldout-money17.jsonl"), 113, 1);
    assertAtLeast(money("heldout-money18.jsonl"), 111, 1);
    // Two more outsiders' tables, written fresh in stop 19 (money20 one amount per message in every
    // written form, half without marks; money23 written forms of every region: chat, form lines,
    // old people's words, typos) and fitted on in round 13 (AmountForms13Test): 116 / 4 / 10 and
    // 97 / 7 / 26 before it, 119 / 1 / 10 and 103 / 0 / 27 after. No right row became null. Wrong
    // rows that now read nothing, as their own labeller or another outsider wants: "300 hay 500",
    // "2 tỷ 05", "hai trăm năm triệu" (money20: right), "600 hay 700 triệu", "1 hoặc 1,5 tỷ" (a range
    // to money23's labeller, not yet chosen to money20's), "ngót nghét 1 tỷ" (a ceiling to one,
    // about to others: "gần"), "1. 200 triệu" (1.200 or a list "1."?), "1.5000 triệu" (money23:
    // null). Read now: "5 trăm 50 triệu", "1 tram 2 chuc trieu", three form labels ("(đ)", "Dự
    // toán (VND)", "(triệu VNĐ)" after "Số tiền đầu tư"). The wrong row left is a role question, not
    // the amount: "Sở hỗ trợ 30% … tổng mức đầu tư khoảng 5 tỷ" (a total beside a share asked of the Sở).
    assertAtLeast(money("heldout-money20.jsonl"), 123, 0);
    assertAtLeast(money("heldout-money23.jsonl"), 104, 0);
    // Stop 20 (BudgetAttributionTest): an amount nothing claims for the business is no budget.
    // It was measured first on the unseen tables (money22 and money24-32: 109 wrong numbers before,
    // 75 with the first version of the rule). The guards above lost a row or three where the amount
    // is a price, a cost or a value with no word of the business's own (labellers read such rows
    // either way): money 3 ("giá tầm 500k đến 1tr", "giá trị hợp đồng khoảng 2 tỷ", "gói thiết bị
    // khoảng 55 triệu"), money2 ("Máy 5 tấn/giờ, giá tầm 3 tỷ"), money4 ("giá máy … tầm 900tr–1 tỷ,
    // bên em ok mức giá này"), money6 3 ("giá tam 50tr", "mình nghĩ tầm 100 triệu", "giai đoạn 1
    // khoảng 1 tỷ"), money11 ("ben e nho hon chac tam 7-800tr"), money16 ("Cty mẹ … đã chuyển 12
    // tỷ"), money17 ("gia tam 500 toi 700 trieu la hop ly voi ben minh"). money18 gained its share
    // of the price ("gia may tam 1 ty, ben e co khoang 60-70% thoi"): 110 / 1.
    // Two more outsiders' tables, written fresh in stop 20 (money30 the amount alone in one plain
    // frame, as a number parser's test corpus; money31 older and formal writers: words beside
    // digits, column units, old-style words) and fitted on in round 14 (AmountForms14Test): 120 / 2
    // / 8 and 104 / 8 / 18 before it, 126 / 0 / 4 and 113 / 2 / 15 after. The two wrong rows left
    // are role questions, not the amount: support asked of a programme beside an own amount not
    // known ("HTX xin hỗ trợ 300 triệu … chưa biết HTX đối ứng bao nhiêu") and two own amounts, one
    // still to be raised ("có sẵn 200 triệu, có thể huy động thêm 100 triệu": 200, 300 or both?).
    // Merged with stop 20's claimed amounts (BudgetAttribution): money16 95 (its two rounds' rows),
    // money17 113, and money31's second own amount still to be raised is no longer stored (114 / 1).
    assertAtLeast(money("heldout-money30.jsonl"), 126, 0);
    // Four more outsiders' tables, written fresh in stop 20 (money24 written forms in every
    // register, from stop 19; money26 formal letters of Red River delta companies; money27 Southern
    // factories' chat and notes; money28 household businesses' pasted chat lines) and opened by the
    // lead after the claimed-amount rule was first measured on them (BudgetAttributionTest,
    // BudgetOwnMoneyTest, StandardCodesTest): before stop 20 107 / 5 / 18, 82 / 14 / 34, 83 / 14 /
    // 33 and 64 / 23 / 43; now as guarded. The wrong rows left are role questions the rules do not
    // settle: a total with a loan or a share inside it, a lease's value, a credit line's use, two
    // needs with a budget each, a bargain, a raise asked of the boss, corrections later in chat.
    assertAtLeast(money("heldout-money31.jsonl"), 114, 1);
    assertAtLeast(money("heldout-money24.jsonl"), 110, 0);
    assertAtLeast(money("heldout-money26.jsonl"), 93, 3);
    assertAtLeast(money("heldout-money27.jsonl"), 90, 3);
    assertAtLeast(money("heldout-money28.jsonl"), 72, 1); // stop 23: a fraction ("1/2 tỷ") is no budget
    // money32 (young chat and typos), written fresh in stop 20, scored unseen before and after the
    // claimed-amount rule (101 / 9 / 20, then 99 / 6 / 25), then opened: a price for one of several
    // ("300 trieu/1 may, can 3 may") and "a k 1ty2" read (BudgetOwnMoneyTest). Round 15a
    // (Retractions) reads one more; stop 23 reads "500/700tr" and "200/250tr" as ranges, as their
    // labeller does ("1/2 tỷ" stays half of one).
    assertAtLeast(money("heldout-money32.jsonl"), 107, 0);
    // Three outsiders' tables written fresh in stop 21 and scored unseen at its start (right /
    // wrong / null): money35 (southern and central chat) 102 / 5 / 23, money37 (voice messages
    // typed by speech-to-text) 103 / 8 / 19, money38 (formal letters and web forms, roles) 91 / 4 /
    // 35; then opened and fitted on (rounds 15a and 15b, BudgetLoans, BudgetOptionsTest). money38's
    // two left: "mong Sở hỗ trợ một phần kinh phí" beside a total (none to its labeller, the total
    // to the contract's dev set) and a total beside the own part and a loan asked.
    assertAtLeast(money("heldout-money35.jsonl"), 109, 0);
    assertAtLeast(money("heldout-money37.jsonl"), 110, 0);
    assertAtLeast(money("heldout-money38.jsonl"), 93, 2);
    // Opened in stop 21 after standing unseen since stops 19 and 20 (right / wrong / null at
    // stop 21's start): money22 (South-East roles) 95 / 5 / 30, money25 (North Central roles) 95 /
    // 10 / 25, and money39 (small businesses' chat, written this stop) 97 / 3 / 30. Fitted on
    // (BudgetOptionsTest's second half): a ceiling whose feasibility is asked, a resolution's cap,
    // all of it asked of the province, a budget not agreed or approved yet, a saving estimated,
    // support asked with its figure beside the total. money25's five left: a fair price taken by
    // reference, phases with an unitless second amount, two own sources to add, a meeting's
    // conclusion after two proposals, a decision of the province's support.
    assertAtLeast(money("heldout-money22.jsonl"), 100, 0);
    assertAtLeast(money("heldout-money25.jsonl"), 101, 5);
    assertAtLeast(money("heldout-money39.jsonl"), 101, 0);
    // money34 (written forms, every register; unseen since stop 20: 114 / 2 / 14 at stop 21's
    // start) and money36 (a number-parser tester's edge cases, written this stop: 117 / 3 / 10),
    // opened for round 15c. money36's two left: "tầm 800 củ" (null to its labeller, triệu to
    // money34's and the guarded tables') and a total beside "xin Sở hỗ trợ một phần" (the dev set's
    // contract keeps the total).
    assertAtLeast(money("heldout-money34.jsonl"), 117, 0);
    assertAtLeast(money("heldout-money36.jsonl"), 120, 2);
    // Stop 22: money43 (chat, half without marks) and money44 (letters, forms, news quotes), written
    // fresh by outsiders and scored unseen at the stop's start (right / wrong / null): 88 / 1 / 41
    // and 89 / 1 / 40; then opened for BudgetSums (a total its parts add up to) and BudgetSingled
    // (the part after "riêng"). money43's one wrong row, "300 triệu... à 350 mới đúng", is none
    // since stop 23: the amount declared right ("mới đúng") corrects the one before it.
    assertAtLeast(money("heldout-money43.jsonl"), 93, 0);
    assertAtLeast(money("heldout-money44.jsonl"), 93, 0);
    // Stop 23: money46 (phone chat and call notes), written fresh and scored unseen at the stop's
    // start and end (96 / 2 / 32 both), then opened: its two wrong rows are labeller splits the
    // guarded tables read the other way ("có sẵn 400tr, xin Sở hỗ trợ thêm" is the own money to
    // u065, q088 and p160; "nếu được hỗ trợ thêm thì có thể nâng lên 1,5 tỷ" a range to q059).
    // money47 (office e-mails, web forms, group posts; 103 / 1 / 26) waits unopened in unseen/.
    assertAtLeast(money("heldout-money46.jsonl"), 96, 2);
    // Stop 21 (BudgetSplits): a split of the money stated in percent anywhere in the message
    // ("Tổng mức đầu tư: 3,5 tỷ. / Đề nghị hỗ trợ: 30%") leaves no budget unless the amount is the
    // business's own part ("phần công ty đối ứng là 700 triệu"). Outside labellers wrote the total
    // for these words in money, money2, money4, money6, money8 and money9 and none for the same
    // words in money20 and money26, so each of those tables gives up the rows its labeller read one
    // way (money 1, money2 1, money3 1, money4 2, money6 1, money8 1, money9 2, money28 1); the own
    // part beside a split, null before, is now read (money11 2, money12 1, money19 1, money23 1,
    // money24 1, money32 1, money6 1), and money20 and money26 lose 3 wrong rows.
    // Stop 21 (BudgetLoans): borrowed money is never the budget, and an amount beside a loan
    // still to be taken is unsure unless named the business's own. money24, money26 and money32
    // lose 7 wrong rows (a loan to come, a lease's value, a credit line's use, a loan inside the
    // total); money3 ("cần vay ưu đãi 2 tỷ", a budget to its labeller against the labelling rule)
    // and money4 ("Kinh phí: 1 tỷ 8 (vốn tự có 800 triệu, vay ngân hàng 1 tỷ)", the total to its
    // labeller, none to money24's for the same shape) give up one row each; money14 and money16
    // gain the amount beside a loan already held.
    // Then (BudgetOptionsTest) a price "báo" by a supplier, support asked with "kinh phí" before its
    // figure, "máy có giá", a whole not yet allocated to this need, a monthly instalment, a raise
    // asked of the boss and a cheaper option after a condition: money26 2, money27 5 and money28 1
    // wrong rows fewer, no right row lost.
    // The same round's second half lifts money13 1, money26 1, money28 1 and money32 1 (and one
    // wrong row fewer on money32: "dưới 1ty có được sở hỗ trợ k a?").
    // Round 15b (written forms, fitted on money35 and money37, AmountForms15Test): money14 1,
    // money18 1, money20 3 and money21 1 more right rows ("bốn lăm triệu", side-by-side ranges).
    // Round 15c (written forms, fitted on money34 and money36, AmountForms15cTest): money24's last
    // wrong row is null as its labeller wrote it ("chi tam 2, 3 ty": 2–3 tỷ or 2,3 tỷ?); no right
    // row lost on any table.
  }

  private static void assertAtLeast(Score score, int right, int mostWrong) {
    assertThat(score.right()).as("right").isGreaterThanOrEqualTo(right);
    assertThat(score.wrong()).as("wrong numbers").isLessThanOrEqualTo(mostWrong);
  }

  @Test
  void every_written_phone_form_is_read_or_refused_as_labelled() throws IOException {
    for (JsonNode row : rows("heldout-phones.jsonl")) {
      String want = row.get("phone").isNull() ? null : row.get("phone").asText();
      assertThat(RULES.extract(NEED + row.get("text").asText(), NeedCard.EMPTY).card().phone())
          .as(row.get("text").asText()).isEqualTo(want);
    }
  }

  private static Score money(String set) throws IOException {
    int right = 0;
    int wrong = 0;
    int missed = 0;
    for (JsonNode row : rows(set)) {
      NeedCard card = RULES.extract(NEED + row.get("text").asText(), NeedCard.EMPTY).card();
      Long min = row.get("budget_vnd_min").isNull() ? null : row.get("budget_vnd_min").asLong();
      Long max = row.get("budget_vnd_max").isNull() ? null : row.get("budget_vnd_max").asLong();
      if (Objects.equals(card.budgetVndMin(), min) && Objects.equals(card.budgetVndMax(), max)) {
        right++;
      } else if (card.budgetVndMin() == null && card.budgetVndMax() == null) {
        missed++;
      } else {
        wrong++;
      }
    }
    return new Score(right, wrong, missed);
  }

  private static List<JsonNode> rows(String set) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve(set))) {
      if (!line.isBlank()) {
        rows.add(json.readTree(line));
      }
    }
    return rows;
  }
}
