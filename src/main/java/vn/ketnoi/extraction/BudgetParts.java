package vn.ketnoi.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.BudgetDoubts.Message;
import vn.ketnoi.extraction.Money.Span;

/**
 * Doubts of {@link BudgetDoubts} about what the amount is a part or one of: a share of it or a cap
 * on a share, the price of one of several counted things, one of two options, a total beside the
 * business's own part, a figure asked to be confirmed, a raise whose unit is not written. Each
 * leaves the budget empty: the number the labels would store is a product, a share or a choice the
 * user never wrote.
 */
final class BudgetParts {
  private BudgetParts() {}

  /**
   * "đối ứng 40% trên tổng giá trị 1 tỷ", "vay 70% trên dự án 5 tỷ": a part of the amount is what
   * the business spends or borrows, so the amount is not its budget (unless the part is support).
   */
  private static final Pattern SHARE_OF_IT =
      Pattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:%|phan tram)\\s+(?:tren|cua)(?![a-z])[^\\d%]{0,40}$");
  private static final Pattern SUPPORT_SHARE =
      Pattern.compile("(?<![a-z])(?:ho tro|tai tro|cap)(?![a-z])[^\\d%]{0,30}\\d+(?:[.,]\\d+)?\\s*(?:%|phan tram)"
          + "[^%]*$");
  /** "được 50% nhưng không quá 1 tỷ", "30%, tối đa 300 triệu": the cap of a share is a programme's. */
  private static final Pattern CAP_OF_SHARE =
      Pattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:%|phan tram)[^\\d%]{0,25}?(?<![a-z])(?:khong qua|toi da"
          + "|khong vuot qua|khong vuot|nhieu nhat|khong hon)(?![a-z])[^\\d%]{0,10}$");
  /** "2 tỷ vốn lưu động nhưng chỉ dành tối đa 30% cho …": a part of the amount goes to the need. */
  private static final Pattern PART_OF_IT_AFTER =
      Pattern.compile("^[^\\d%]{0,40}\\d+(?:[.,]\\d+)?\\s*(?:%|phan tram)\\s+(?:cho|vao|de)(?![a-z])");
  /**
   * "có sẵn 2 tỷ nhưng chỉ dùng được tối đa một nửa", "dành một phần ba cho …": only a fraction of the
   * amount goes to the need, and the fraction is not written as money.
   */
  private static final String FRACTION =
      "(?:mot nua|phan nua|mot phan(?: (?:ba|tu|nam|muoi|nho))?|(?:hai|ba) phan (?:ba|tu|nam)|[1-9]/[1-9]\\d?)"
          + "(?![a-z\\d])";
  private static final Pattern FRACTION_OF_IT_AFTER =
      Pattern.compile("^[^.!?;\\n\\d]{0,60}?(?<![a-z])(?:dung|danh|chi|bo|de ra|dau tu|su dung|trich)(?: duoc)?"
          + "(?: (?:toi da|khoang|tam|chung|nhieu nhat|chi|ra|lai))* " + FRACTION);
  /** "2 tỷ, trong đó một nửa cho thiết bị", "trong đó 30% mua máy": the technology's share, not written. */
  private static final Pattern SHARE_OF_WHICH_AFTER =
      Pattern.compile("^[^.!?;\\n\\d]{0,12}?(?<![a-z])(?:trong do|trong so do|bao gom)(?: (?:khoang|tam|chung|co))? "
          + "(?:" + FRACTION + "|\\d+(?:[.,]\\d+)?\\s*(?:%|phan tram))[^.!?;\\n]*");
  /** "Tổng vốn 45 tỷ. Trong đó chi phí chuyển giao công nghệ: 18 tỷ": a part of the amount before. */
  private static final Pattern OF_WHICH = Cues.words("trong do|trong so do|bao gom|gom co");
  /** What names a part as the technology's own money. */
  private static final Pattern TECHNOLOGY = Cues.words("cong nghe|thiet bi|may moc|chuyen giao|day chuyen");
  private static final Pattern CLAUSE_END = Pattern.compile("[.!?;,\\n]");
  private static final Pattern LINE_OR_SENTENCE_END = Pattern.compile("[\\n;!?]|\\.(?!\\d)");
  /**
   * A line that opens by naming a part: "Phần công nghệ …:", "- Hạng mục thiết bị:", "Riêng phần
   * nhận chuyển giao, công ty bố trí …" ("riêng", for that part alone); not "phân
   * bón", "phân loại" … nor "Phan Thiết", which fold alike.
   */
  private static final Pattern NAMED_PART =
      Pattern.compile("^\\s*(?:[-+*•]\\s*)?(?:rieng\\s+)?(?:phan(?! (?:bon|loai|tich|phoi|huy|biet|xuong|thiet(?! bi)|rang))"
          + "|hang muc)(?![a-z])");
  /**
   * "tổng 620 triệu, được hỗ trợ 300 triệu, phần còn lại HTX tự lo": the business pays what is left
   * of the amount once other money is taken off, a difference nobody wrote.
   */
  private static final Pattern REST_IS_OWN =
      Cues.words("(?:phan )?con lai(?: [a-z]+){0,3}? (?:tu lo|tu chi|tu bo|tu co|tu chiu|tu trang trai|doi ung|lo|chiu)");
  /** Words that make an amount the business's own part of a larger one. */
  private static final Pattern SHARE_WORD =
      Cues.words("doi ung|tu co|gop|von gop|tu chi|tu bo|tu lo|phan cua (?:cong ty|em|minh|doanh nghiep|htx"
          + "|chung toi)|(?:htx|cong ty|cty|doanh nghiep|co so|ben em|ben minh|chung toi) (?:tu )?"
          + "(?:lo|chiu|tra|chi|gop|bo ra|bo)(?= *$)");
  /** What the business says it can put in: "lo được", "bố trí được", "huy động đc". */
  private static final Pattern ARRANGED_SHARE =
      Pattern.compile("(?<![a-z])(?:(?:lo|xoay|gom) (?:duoc|dc)|" + BudgetRoles.ARRANGED + ")"
          + "(?: (?:khoang|tam|chung|toi da|co|von))*\\s*$");
  /** An amount named as the whole: "tổng …", "kinh phí dự kiến", "vốn đầu tư", "dự án". */
  private static final Pattern TOTAL_NAMED =
      Cues.words("tong|kinh phi|ngan sach|von dau tu|muc dau tu|du toan|du an");
  /** The rest asked of the Sở or a programme. */
  private static final Pattern SUPPORT_ASKED =
      Cues.words("ho tro|tai tro|de tai|chuong trinh|de nghi so|xin so|phan con lai");
  /** "giá mỗi ao 40 triệu", "mỗi hộ góp 10 triệu", "giá khoảng 450tr": one of something, or a price. */
  private static final Pattern EACH_NOUN = Cues.words("(?:moi|tung) ([a-z]+)");
  private static final Pattern PRICE = Cues.words("gia|don gia|gia ban|gia khoang|tri gia");
  /** "15 ao", "50 hộ dân", "cần 2 lò": things counted, more than one. */
  private static final Pattern COUNTED =
      Pattern.compile("(?<![\\d.,a-z])(?:[2-9]|[1-9][\\d.,]*\\d|hai|ba|bon|bay|chin|muoi|vai)\\s+([a-z]+)"
          + "(?![a-z])");
  /** "cân nhắc 3 tỷ cho robot, hoặc 800 triệu cho băng tải": two options, not yet chosen. */
  private static final Pattern OR = Cues.words("hoac|hay la|hoac la");
  /** "phí nhà nước khoảng 1 triệu đúng không": a figure the user asks to have confirmed. */
  private static final Pattern CHECKED_AFTER =
      Pattern.compile("^[^.!?\\d]{0,20}?(?<![a-z])(?:co )?(?:dung|phai)(?: khong| ko| k| hong| chua)(?![a-z])");
  /** "ngân sách 100 triệu, có thể nâng lên 150 nếu cần": a raise whose unit is not written. */
  private static final Pattern RAISE_TO_BARE_AFTER =
      Pattern.compile("^[^.!?;\\n]{0,60}?(?<![a-z])(?:nang|tang|co|day|keo|linh dong|len)(?: them)?(?: len)?"
          + "(?: (?:toi|den|muc|khoang|tam))? \\d+(?:[.,]\\d+)?(?=\\s*(?:[,.;!?)]|$|neu|thi|nha|nhe|a(?![a-z])|duoc))");
  /**
   * The amount and a percentage of it, or a cap on a percentage: "đối ứng 40% trên tổng giá trị 1
   * tỷ" (a part, not written), "được 50% nhưng không quá 1 tỷ" (a programme's cap), "2 tỷ … dành 30%
   * cho …". "Xin hỗ trợ 50% trên tổng kinh phí 1,6 tỷ" is still the total the business spends.
   */
  private static boolean partOfIt(String window, String after) {
    boolean shareOfIt = SHARE_OF_IT.matcher(window).find() && !SUPPORT_SHARE.matcher(window).find();
    return shareOfIt || CAP_OF_SHARE.matcher(window).find() || PART_OF_IT_AFTER.matcher(after).find()
        || FRACTION_OF_IT_AFTER.matcher(after).find();
  }

  /**
   * "mỗi ao tầm 40 triệu" with "15 ao", "mỗi hộ góp 10 triệu" with "50 hộ", "lò … giá 450tr, cần 2
   * lò": the amount is for one of several things; the total is a product nobody wrote.
   */
  private static boolean eachOfSeveral(Message m, String window, int budgetEnd) {
    Set<String> counted = counted(m.folded());
    Matcher each = EACH_NOUN.matcher(window);
    while (each.find()) {
      if (counted.contains(each.group(1))) {
        return true;
      }
    }
    // A price, then a count of the thing priced: "lò điện giá 450tr, mình cần 2 lò".
    Set<String> countedAfter = counted(m.folded().substring(budgetEnd));
    if (PRICE.matcher(window).find()) {
      for (String word : window.split("[^a-z]+")) {
        if (word.length() > 1 && countedAfter.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> counted(String text) {
    Set<String> counted = new HashSet<>();
    Matcher c = COUNTED.matcher(text);
    while (c.find()) {
      counted.add(c.group(1));
    }
    return counted;
  }

  /** "3 tỷ cho robot, hoặc 800 triệu cho băng tải": the budget is one of two options. */
  private static boolean oneOfOptions(Message m, List<Span> budgets, Span budget) {
    for (Span o : budgets) {
      if (BudgetDoubts.inside(o.start(), o.end(), budget) || BudgetDoubts.sameValue(o, budget)
          || m.sentenceIndex(o.start()) != m.sentenceIndex(budget.start())) {
        continue;
      }
      int from = Math.min(o.end(), budget.end());
      int to = Math.max(o.start(), budget.start());
      if (from < to && OR.matcher(m.folded().substring(from, to)).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Tổng vốn 2 tỷ, trong đó phần đối ứng 1,4 tỷ, đề nghị Sở hỗ trợ 600 triệu": a total of which
   * the business pays a part and asks the rest; which is its budget two readers answer apart. Not
   * when the rest is its own too ("Kinh phí 1 tỷ 8 (vốn tự có 800 triệu, vay ngân hàng 1 tỷ)").
   */
  private static boolean totalBesideOwnShare(Message m, Span budget) {
    if (REST_IS_OWN.matcher(m.folded()).find() && m.amounts().stream().anyMatch(a ->
        !BudgetDoubts.inside(a.start(), a.end(), budget) && !BudgetDoubts.sameValue(a, budget))) {
      return true;
    }
    if (!SUPPORT_ASKED.matcher(m.folded()).find()) {
      return false;
    }
    for (Amount a : m.amounts()) {
      if (!BudgetDoubts.inside(a.start(), a.end(), budget) && !BudgetDoubts.sameValue(a, budget)
          && SHARE_WORD.matcher(m.windowBefore(a.start())).find()
          && Math.abs(m.sentenceIndex(a.start()) - m.sentenceIndex(budget.start())) <= 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The amount the budget is, when a part of the chosen one follows it after "trong đó": the part
   * when it is plainly the technology's money ("Tổng vốn 45 tỷ. Trong đó chi phí chuyển giao công
   * nghệ và thiết bị: 18 tỷ"), null when it is some other part ("trong đó máy sấy 600 triệu": the
   * whole or that part?), the whole when there is none or the part is the business's own share or
   * the support asked (read by {@link #totalBesideOwnShare}); null too when the technology's part is
   * a share ("trong đó một nửa cho thiết bị").
   */
  static Span partNamed(String folded, List<Span> budgets, Span whole) {
    Matcher share = SHARE_OF_WHICH_AFTER.matcher(folded.substring(whole.end()));
    if (share.find() && TECHNOLOGY.matcher(share.group()).find()) {
      return null;
    }
    Span part = budgets.stream().filter(o -> o.start() >= whole.end()).findFirst().orElse(null);
    if (part == null || part.foreign() || part.unsure()) {
      return whole;
    }
    String between = folded.substring(whole.end(), part.start());
    Matcher of = OF_WHICH.matcher(between);
    if (!of.find() || of.start() > 60 || CLAUSE_END.matcher(between.substring(of.end())).find()) {
      return partOnItsLine(folded, whole, part, between);
    }
    Matcher end = CLAUSE_END.matcher(folded);
    String named = folded.substring(whole.end() + of.start(), end.find(part.end()) ? end.start() : folded.length());
    if (SHARE_WORD.matcher(named).find() || SUPPORT_ASKED.matcher(named).find()) {
      return whole;
    }
    return TECHNOLOGY.matcher(named).find() ? part : null;
  }

  /**
   * "Tổng vốn đầu tư dự án nhà máy: 45 tỷ", then a line "Phần công nghệ xử lý khí thải: khoảng 2,8
   * tỷ" (or a sentence "Phần …"): a later line that names a part of a whole is read as "trong đó"
   * is: the technology's part is
   * the budget, another part leaves it unsure (null), the business's own share or the support asked
   * leave the whole to {@link #totalBesideOwnShare}.
   */
  private static Span partOnItsLine(String folded, Span whole, Span part, String between) {
    int line = -1;
    Matcher stop = LINE_OR_SENTENCE_END.matcher(between);
    while (stop.find()) {
      line = stop.start();
    }
    if (line < 0) {
      return whole;
    }
    String named = between.substring(line + 1);
    if (!NAMED_PART.matcher(named).find()) {
      // "Kinh phí cho công nghệ xử lý khí thải: 2,8 tỷ" on a later line: the whole or this part?
      return between.charAt(line) == '\n' && TECHNOLOGY.matcher(named).find() ? null : whole;
    }
    if (SHARE_WORD.matcher(named).find() || SUPPORT_ASKED.matcher(named).find()) {
      return whole;
    }
    // "Phần công nghệ xử lý khí thải": the technology named right after "phần", not anywhere later.
    Matcher technology = TECHNOLOGY.matcher(named);
    return technology.find() && technology.start() < 30 ? part : null;
  }

  /**
   * "Tổng vốn đầu tư 3 tỷ, công ty bố trí được 2 tỷ, còn lại vay ngân hàng": what the business can
   * arrange beside a total it names (not a seller's quote) is a part of that total, and whether
   * the rest is its own too (a loan) or asked of the Sở, readers answer apart.
   */
  private static boolean arrangedBesideTotal(Message m, Span budget, String window) {
    if (!ARRANGED_SHARE.matcher(window).find()) {
      return false;
    }
    for (Amount a : m.amounts()) {
      String before = m.windowBefore(a.start());
      if (!BudgetDoubts.inside(a.start(), a.end(), budget) && !BudgetDoubts.sameValue(a, budget)
          && TOTAL_NAMED.matcher(before).find() && !BudgetDoubts.SOMEONE_ELSES.matcher(before).find()
          && !BudgetDoubts.QUOTE_AFTER.matcher(m.after(a.end())).find()
          && Math.abs(m.sentenceIndex(a.start()) - m.sentenceIndex(budget.start())) <= 1) {
        return true;
      }
    }
    return false;
  }

  /** True when the chosen budget is a part or one of several, so none is stored. */
  static boolean inDoubt(Message m, List<Span> budgets, Span budget, String window, String after) {
    return partOfIt(window, after)
        || CHECKED_AFTER.matcher(after).find()
        || RAISE_TO_BARE_AFTER.matcher(after).find()
        || eachOfSeveral(m, window, budget.end())
        || oneOfOptions(m, budgets, budget)
        || totalBesideOwnShare(m, budget)
        || arrangedBesideTotal(m, budget, window);
  }

}
