package vn.ketnoi.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Money.Span;
import vn.ketnoi.text.Fold;

/**
 * Whose amount an amount of {@link Money} is, and when: revenues and prices per unit, what the
 * business owns or already spent, what a programme gives, a price the business says it cannot meet
 * and an amount supposed in a question are not its budget; of several, what it has or can spend
 * wins over a price.
 */
final class BudgetRoles {
  private BudgetRoles() {}

  /**
   * Revenues, wages, per-time amounts, running costs ("chi phí năng lượng 22 tỷ"), profit shared
   * ("chia lãi 300 triệu") and a deposit ("đặt cọc 150 triệu", "em cọc 50 triệu cho bên lắp đặt",
   * a part paid of a total not said; "ép cọc", "đóng cọc" are piles): never a budget, up to the
   * amount they introduce; a working-capital loan ("vay vốn lưu động 3 tỷ") only within its clause.
   */
  private static final Pattern NOT_BUDGET_BEFORE =
      Pattern.compile(
          "(?<![a-z])(doanh thu|doanh so|thu nhap|tien luong|muc luong|quy luong|von dieu le"
              + "|loi nhuan|gia ban|san luong|ban duoc|kim ngach|thiet hai|no xau|tong tai san|uoc tinh tiet kiem"
              + "|nop thue|tien dien|tien nuoc|chia lai|co tuc|dat coc|tien coc|(?<!ep |dong |khoan )coc|tieu thu"
              + "|(?:chi phi|tien) (?:nang luong|dien|dien nang|nhien lieu|xang dau|than|cui|gas|van hanh|nhan cong|dien nuoc"
              + "|thue (?:mat bang|nha xuong|dat)|hang (?:nam|thang))(?! mat troi| tai tao| gio)"
              + ")(?:(?!kinh phi|ngan sach|du tru|von dau tu)[^.;!?]){0,25}$"
              + "|(?<![a-z])(hang ngay|hang thang|hang nam|hang vu|moi (?:ngay|thang|tuan|vu))[^.;!?]{0,15}$|(?<![a-z])(von luu dong)[^.;!?,\\d]{0,12}$");
  /**
   * "tuyển 20 kỹ sư, lương 15-20 triệu": a wage. "Lượng" folds alike, so with marks it must be
   * written "lương"; typed plain, not "số lượng", "chất lượng", "sản lượng" and the like; and not
   * "lương thực" (food), "lương y", "lương tâm".
   */
  private static final Pattern WAGE_BEFORE =
      Pattern.compile("(?<![a-z])(?<!(?:chat|so|san|trong|khoi|dung|ham|nang|dien|do|dinh|thuong|nhien|uoc"
          + "|tai|ban|am|tieu|phan|hao|tri|ly|dai|luu|thu|can|dung|nhiet) )(luong)(?![a-z])(?! (?:thuc|y|tam|thien))"
          + "[^.;!?\\d]{0,20}$");
  /**
   * "2 tỷ vốn lưu động", "5 tỷ tiền mặt", "cần vay 2 tỷ để mở rộng sản xuất": what the business
   * holds, or money for the
   * business at large, is no budget for a technology.
   */
  private static final Pattern NOT_BUDGET_AFTER =
      Pattern.compile("^\\s*(?:(?:dong|vnd|d)\\s+)?(?:von luu dong|von dieu le|doanh thu|loi nhuan|tien mat|tien gui)(?![a-z])"
          + "|^[^.;!?\\d]{0,25}?(?<![a-z])(?:de|cho|lam) (?:mo rong (?:san xuat|kinh doanh|quy mo)"
          + "|von luu dong|quay vong von|tra no)(?![a-z])");
  /**
   * "mỗi tháng 5 triệu", "mỗi tháng tốn khoảng 120 triệu tiền củi": a price or a running cost per
   * something. "Mới" folds alike ("máy mới tầm 1 tỷ", "đổi mới
   * công nghệ"), so with marks it must be written "mỗi", and without them a unit must follow.
   */
  private static final Pattern EACH_BEFORE =
      Pattern.compile("(?<![a-z])(?<!doi )moi ([a-z]+)[^.;!?]{0,20}$");
  private static final int NEAR_EACH = 10;
  private static final Pattern EACH_UNIT =
      Pattern.compile("ngay|thang|nam|quy|vu|mua|tuan|lan|dot|nguoi|kg|con|cai|chiec|may|bo|ha|tan|lo|me"
          + "|ca|hop|goi|suat|ky|khoa|san|gio|m2|m3|lit|thung|bao|don|du|hoc");
  private static final Pattern PER_TIME =
      Pattern.compile(
          "^\\s*(?:/\\s*(?:1\\s*)?[a-z]|(?:mot |1 |moi |tren |per )\\s*(?:ngay|thang|nam|gio|tuan|nguoi|kg|con|m2|m3|lit"
              + "|tan|san pham|sp|cai|chiec|lan|luot|ha|hop|chai|goi|thung|qua|bao|may|bo)\\b)");
  /** "3 máy cũ trị giá 200 triệu": what the business already owns is not what it will spend. */
  private static final Pattern OWNED_BEFORE =
      Pattern.compile("(?<![a-z])(?:da co|dang co|hien co|co san|so huu|da mua|da trang bi|cu)(?![a-z])"
          + "[^.;!?]{0,40}(?:tri gia|gia tri)[^.;!?\\d]{0,25}$");
  /** "ngân sách tỉnh hỗ trợ", "Sở hỗ trợ": who gives a programme's money. */
  private static final String GIVER =
      "(?:chuong trinh|quy|nha nuoc|de an|nhiem vu|so kh|so khcn|so|ubnd|uy ban|nghi quyet|ngan sach (?:nha nuoc"
          + "|tinh|trung uong|dia phuong))";
  /** What may stand between "hỗ trợ" and its amount: "tối đa 30% hoặc không quá 500 triệu". */
  private static final String SUPPORT_FILLER =
      "(?:,? (?:toi da|toi|den|len toi|len den|khoang|tam|muc|la|den muc|khong qua|khong vuot qua|khong vuot"
          + "|khong hon|duoi|hoac|hay|va|nhung|kinh phi|chi phi|tong kinh phi|von|hon|tren|gan|ngot|toan bo"
          + "|\\d+(?:[.,]\\d+)? ?%"
          + "|\\d+(?:[.,]\\d+)? phan tram))*";
  /** "chương trình hỗ trợ tới 1 tỷ": what a programme gives is not the business's budget. */
  private static final Pattern PROGRAMME_BEFORE =
      Pattern.compile("(?<![a-z])" + GIVER + "(?![a-z])[^.;!?]{0,40}(?:ho tro|tai tro|cap|cho vay)"
          + SUPPORT_FILLER + "\\s*$");
  /**
   * "ngân sách hỗ trợ của Sở năm nay là 5 tỷ", "mức hỗ trợ 300 triệu": the money a supporter holds
   * or gives, named as such.
   */
  private static final Pattern SUPPORTERS_MONEY =
      Pattern.compile("(?<![a-z])(?:(?:ngan sach|kinh phi|nguon von|von|quy|goi|muc|nguon|so tien|tien)"
          + " (?:ho tro|tai tro|uu dai)|(?:ngan sach|kinh phi|nguon von|von|quy|goi|nguon)"
          + "(?: (?:ho tro|tai tro|uu dai))? (?:cua|tu) " + GIVER + ")(?![a-z])[^.;!?,]{0,30}$");
  /**
   * "ngân sách chương trình chuyển đổi số của tỉnh là 20 tỷ", "kinh phí đề án …", "nguồn vốn … của
   * nhà nước": a budget named after a programme or owned by a public body is theirs.
   */
  private static final Pattern PUBLIC_BUDGET =
      Pattern.compile("(?<![a-z])(?:(?:ngan sach|kinh phi|nguon von|quy|goi)(?: ho tro)? (?:cua )?(?:chuong trinh"
          + "|de an)(?![a-z])[^.;!?]{0,50}|(?:ngan sach|kinh phi|nguon von|von|quy|nguon)(?![a-z])[^.;!?\\d]{0,40}"
          + "(?<![a-z])cua (?:tinh|so|nha nuoc|ubnd|uy ban|trung uong|huyen|thanh pho|chinh phu)"
          + "(?![a-z])[^.;!?]{0,25})$");
  private static final Pattern SUPPORT_BEFORE =
      Pattern.compile("(?<![a-z])(?:ho tro|tai tro|cho vay)" + SUPPORT_FILLER + "\\s*$");
  /**
   * "được hỗ trợ tối đa 500 triệu", "nhận hỗ trợ 200 triệu", "đề nghị hỗ trợ kinh phí 500 triệu":
   * support received, hoped for or asked, whoever gives it, is not what the business spends.
   */
  private static final Pattern SUPPORTED_BEFORE =
      Pattern.compile("(?<![a-z])(?:duoc|nhan(?: duoc)?|de nghi|xin|mong|nho|kien nghi)(?: [a-z&]+){0,3}? (?:ho tro|tai tro|cap)"
          + SUPPORT_FILLER + "\\s*$");
  private static final Pattern ASKS_AFTER =
      Pattern.compile("^[^.!?\\n]*(?:\\?|(?<![a-z])(?:khong|ko|chua|phai khong|dung khong|duoc khong)"
          + "\\s*[.!]*\\s*(?:$|\\n))");
  /**
   * "nếu dự án 1 tỷ thì …?": an amount supposed, in the sentence it is asked in — not once "thì"
   * has closed the condition ("nếu được hỗ trợ thì bên em bỏ ra 1 tỷ, được không?").
   */
  private static final Pattern SUPPOSING_BEFORE =
      Pattern.compile("(?<![a-z])(?:neu|gia su|gia nhu|gia dinh|gia du|truong hop|vi du|chang han)"
          + "(?![a-z])(?:(?!(?<![a-z])thi(?![a-z]))[^.!?\\n])*$");
  private static final Pattern QUESTION_AFTER =
      Pattern.compile("^[^.!?\\n]*(?:\\?|(?<![a-z])(?:bao nhieu|the nao|ra sao|nhu nao)(?![a-z])"
          + "|(?<![a-z])(?:khong|ko|hong|chua)\\s*(?:a|nhi|vay|nhe|ha)?\\s*[.!]*\\s*(?:$|\\n))");
  /** "không đủ vốn", "vượt khả năng", "không kham nổi": the business cannot pay it. */
  static final String CANNOT_PAY =
      "(?:(?:khong|ko|k|chua|chang|hong) (?:co )?(?:du (?:von|tien|kinh phi|ngan sach|tai chinh|kha nang|suc"
          + "|luc|nguon luc|dieu kien)|du(?= de | nen |\\s*[,.;!?]|\\s*$)|kham noi|kham|lo noi|chi noi|theo noi"
          + "|mua noi|dap ung noi|the (?:chi|lo|mua|dau tu|theo)|(?:lo|xoay|bo tri|thu xep|huy dong|can doi) (?:duoc|dc))"
          + "|vuot (?:qua )?(?:kha nang|suc|tam)"
          + "|qua (?:kha nang|suc|tam tay|tam)|ngoai (?:kha nang|tam)|kham khong noi|lo khong noi|chiu khong noi"
          + "|(?:khong|ko) (?:voi toi|voi noi|co (?:von|tien))|dat qua|thieu (?:von|tien|kinh phi)"
          + "|vuot (?:qua )?(?:ngan sach|du toan)|(?:cao|lon|nhieu) (?:qua |hon )?so voi (?:kha nang|tui tien|von)"
          + "|qua dat)";
  private static final Pattern CANNOT_PAY_AFTER =
      Pattern.compile("^([^.!?;\\n\\d]{0,45}?)(?<![a-z])" + CANNOT_PAY + "(?![a-z])");
  private static final Pattern CANNOT_PAY_BEFORE =
      Pattern.compile("(?<![a-z])" + CANNOT_PAY + "(?![a-z])[^.!?;,\\d]{0,30}$");
  /** "cao hơn thì chịu": what the business cannot pay is above the amount, which is then its ceiling. */
  private static final Pattern ABOVE_IT = Pattern.compile("(?<![a-z])(?:hon|cao qua|qua muc|qua so)(?![a-z])");
  /**
   * "công ty bố trí được 1 tỷ 6", "thu xếp được", "huy động được", "cân đối được", "đáp ứng được" ("đc" in chat):
   * what the business says it can arrange is what it has.
   */
  static final String ARRANGED =
      "(?<!khong |ko |k |chua |chang |hong )(?:bo tri|thu xep|huy dong|can doi|sap xep|dap ung) (?:duoc|dc)";
  /** "bên em chỉ có 600 triệu": what the business has or can spend is its budget, over a price. */
  private static final Pattern CAPACITY_BEFORE =
      Pattern.compile("(?<![a-z])(?<!khong |ko |k |chua |chang |hong )(?:chi co|chi du|(?:lo|xoay|gom) (?:duoc|dc)"
          + "|gom du|dam chi|" + ARRANGED + "|(?<!khong |ko |chua |chang )(?:kham noi|kham duoc)|co the chi|co the bo ra|bo ra"
          + "|kha nang (?:chi|tai chinh|dau tu)|du suc|chi tra duoc|chi dap ung duoc"
          + "|(?:em|toi|minh|ben em|ben minh|chung toi|chung em|cty|cong ty|htx) (?:hien |moi )?co(?: san)?)"
          + "(?: (?:khoang|tam|chung|duoc|dc|co|von|toi da|nhieu nhat|toi|den|len toi|len den))*\\s*$");
  private static final Pattern BUDGET_WORDS =
      Pattern.compile(
          "(?<![a-z])(kinh phi|ngan sach|chi phi|dau tu|du tru|du kien|von|tam|khoang|tong muc|gia"
              + "|tri gia)[^.;!?]{0,30}$");
  /** What the business will spend, as against a price: "giá 1 tỷ, kinh phí 800 triệu". */
  private static final Pattern SPENDING_WORDS =
      Pattern.compile("(?<![a-z])(kinh phi|ngan sach|du tru|von dau tu|tong muc dau tu)[^.;!?]{0,30}$");

  /**
   * Not the business's budget: a revenue, a wage or a price per time or unit, what it owns or spent, what a programme gives, an amount supposed in
   * a question, a price it says it cannot pay. {@code previousEnd} is where the amount before ends.
   */
  static boolean notItsBudget(String nfc, String folded, int previousEnd, Span s) {
    String before = folded.substring(0, s.start());
    String sincePrevious = folded.substring(previousEnd, s.start());
    return NOT_BUDGET_BEFORE.matcher(sincePrevious).find() || perEach(nfc, sincePrevious, previousEnd)
        || wage(nfc, sincePrevious, previousEnd)
        || PER_TIME.matcher(folded.substring(s.end())).find()
        || NOT_BUDGET_AFTER.matcher(folded.substring(s.end())).find()
        || OWNED_BEFORE.matcher(before).find() || PastMoney.spent(nfc, folded, s.start(), s.end()) || offered(folded, s)
        || supposedInQuestion(folded, s) || cannotPay(folded, previousEnd, s)
        || Programmes.programmesOwn(nfc, folded, s.start()) || BudgetQuotes.othersFigure(nfc, folded, s)
        || BudgetHeld.notForIt(nfc, folded, s);
  }

  private static boolean wage(String nfc, String before, int offset) {
    Matcher m = WAGE_BEFORE.matcher(before);
    return m.find() && writtenAs(nfc, offset + m.start(1), "lương");
  }

  private static boolean perEach(String nfc, String before, int offset) {
    Matcher m = EACH_BEFORE.matcher(before);
    if (!m.find()) {
      return false;
    }
    // Past a few chars only a marked "mỗi" reaches: plain "moi" is as often "mới" ("may moi voi muc …").
    if (before.length() - m.end(1) > NEAR_EACH) {
      return nfc.substring(offset + m.start(), offset + m.start() + 3).toLowerCase(Locale.ROOT).equals("mỗi");
    }
    return Fold.isPlain(nfc) ? EACH_UNIT.matcher(m.group(1)).matches()
        : writtenAs(nfc, offset + m.start(), "mỗi");
  }

  /**
   * Which of several amounts is the budget: what the business has or can spend, then one a budget
   * word ("kinh phí", "ngân sách") introduces, then one after a price or "khoảng", then the first.
   * Only the words since the amount before count: "kinh phí 1 tỷ, máy sấy 500 triệu".
   */
  static int rank(String folded, List<Span> budgets, int k) {
    int from = k == 0 ? 0 : budgets.get(k - 1).end();
    return rank(folded.substring(from, budgets.get(k).start()));
  }

  private static int rank(String before) {
    if (CAPACITY_BEFORE.matcher(before).find()) {
      return 3;
    }
    return SPENDING_WORDS.matcher(before).find() ? 2 : BUDGET_WORDS.matcher(before).find() ? 1 : 0;
  }

  /**
   * The word at {@code start} is {@code marked} as written, or its sentence is typed without marks
   * ("tuyen ky thuat vien, luong 12tr" after a sentence with marks is still typed plain).
   */
  static boolean writtenAs(String nfc, int start, String marked) {
    String word = nfc.substring(start, start + marked.length()).toLowerCase(Locale.ROOT);
    return word.equals(marked) || Fold.isPlain(sentenceOf(nfc, start));
  }

  /** The sentence of the text the char at {@code at} is in, up to the stops around it. */
  static String sentenceOf(String nfc, int at) {
    return nfc.substring(sentenceStart(nfc, at), sentenceEnd(nfc, at));
  }

  static int sentenceStart(String text, int at) {
    int from = at;
    while (from > 0 && !endsSentence(text, from - 1)) {
      from--;
    }
    return from;
  }

  static int sentenceEnd(String text, int at) {
    int to = at;
    while (to < text.length() && !endsSentence(text, to)) {
      to++;
    }
    return to;
  }

  /** A stop ends a sentence; a full stop between digits ("1.500.000", "2.5 tỷ") does not. */
  private static boolean endsSentence(String text, int at) {
    char c = text.charAt(at);
    return "!?;\n".indexOf(c) >= 0
        || c == '.' && !(at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)));
  }

  /** A programme's amount, or support asked about ("hỗ trợ tới 1 tỷ đúng không?"). */
  private static boolean offered(String folded, Span s) {
    String before = folded.substring(0, s.start());
    return PROGRAMME_BEFORE.matcher(before).find() || SUPPORTERS_MONEY.matcher(before).find()
        || PUBLIC_BUDGET.matcher(before).find()
        || SUPPORTED_BEFORE.matcher(before).find()
        || SUPPORT_BEFORE.matcher(before).find() && ASKS_AFTER.matcher(folded.substring(s.end())).find();
  }

  /** "Nhờ Sở cho hỏi, nếu dự án 1 tỷ thì được hỗ trợ bao nhiêu?": a supposition, not a budget. */
  private static boolean supposedInQuestion(String folded, Span s) {
    return SUPPOSING_BEFORE.matcher(folded.substring(0, s.start())).find()
        && QUESTION_AFTER.matcher(folded.substring(s.end())).find();
  }

  /**
   * "giá thiết bị khoảng 250–300 triệu, HTX không đủ vốn", "báo giá 4 tỷ, vượt khả năng": a price
   * the business says it cannot pay. Not when a budget word or what it has introduces the amount
   * ("kinh phí 2 tỷ, chưa đủ vốn nên xin hỗ trợ" is still the project's budget), nor for a bound
   * or when what it cannot pay is above the amount ("tầm 1,5 tỷ thôi, cao hơn thì chịu").
   */
  private static boolean cannotPay(String folded, int previousEnd, Span s) {
    if (s.min() == null || s.max() == null || rank(folded.substring(previousEnd, s.start())) >= 2) {
      return false;
    }
    Matcher after = CANNOT_PAY_AFTER.matcher(folded.substring(s.end()));
    if (after.find() && !ABOVE_IT.matcher(after.group(1)).find()) {
      return true;
    }
    return CANNOT_PAY_BEFORE.matcher(folded.substring(previousEnd, s.start())).find();
  }

  /**
   * "cần máy sấy 500 triệu và máy đóng gói 300 triệu": another amount of the same standing and a
   * different value leaves it unclear which is the budget, so none is (a miss, not a wrong number).
   */
  static boolean rivalled(String folded, List<Span> budgets, int chosen, Span budget) {
    int standing = rank(folded, budgets, chosen);
    for (int k = 0; k < budgets.size(); k++) {
      Span o = budgets.get(k);
      boolean partOfBudget = o.start() >= budget.start() && o.end() <= budget.end();
      boolean same = Objects.equals(o.min(), budget.min()) && Objects.equals(o.max(), budget.max());
      if (!partOfBudget && !same && !o.foreign() && !o.unsure() && rank(folded, budgets, k) == standing) {
        return true;
      }
    }
    return false;
  }
}
