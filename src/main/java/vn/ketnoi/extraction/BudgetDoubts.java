package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Money.Span;

/**
 * Whether the budget {@link Money} chose is in doubt, so that none is stored: staff fill in a blank
 * but trust a number, so a wrong budget is worse than a missing one. The signals are the ones a
 * careful reader names: a percentage share of the money, the amount as the premise of a question,
 * a price per unit beside a count, a second amount whose role nothing settled, a total beside the
 * business's own share, someone else's money, phases (past spending and a ceiling said after the
 * amount are read by {@link BudgetRoles} and {@link Money}). Nothing here computes a share or a
 * sum: a number the user never wrote is not ours.
 */
final class BudgetDoubts {
  private BudgetDoubts() {}

  /** A full stop ends a sentence; one between digits ("1.000.000", "2.5 tỷ") does not. */
  private static final Pattern SENTENCE_END = Pattern.compile("[!?;\\n]|\\.(?!\\d)");
  /** Words that make an amount the business's own spending: what it has, plans or can put in. */
  private static final Pattern TIED =
      words("kinh phi|ngan sach|du tru|von dau tu|von tu co|von doi ung|doi ung|tu co|tong muc dau tu"
          + "|muc dau tu|dau tu|du kien|chi co|chi du|co the chi|co the bo ra|bo ra|lo duoc|xoay duoc"
          + "|kha nang|du suc|chi tra duoc|san sang|chuan bi|dam chi|chi duoc|kham duoc|kham noi"
          + "|(?:em|toi|minh|ben em|ben minh|chung toi|chung em|cty|cong ty|htx|co so|nha em|tui)"
          + " (?:hien |moi |chi |dang )?co");
  /** The business's own part of something larger: a total or a programme's money is the rest. */
  private static final Pattern SHARE =
      words("doi ung|tu co|phan con lai|con lai|tu chi|tu bo|tu lo|chiu phan|phan cua (?:cong ty|em"
          + "|minh|doanh nghiep|htx|chung toi)");
  /** Words that make an amount the business's own part of a larger one. */
  private static final Pattern SHARE_WORD =
      words("doi ung|tu co|gop|von gop|tu chi|tu bo|tu lo|phan cua (?:cong ty|em|minh|doanh nghiep|htx"
          + "|chung toi)");
  /** The rest asked of the Sở or a programme. */
  private static final Pattern SUPPORT_ASKED =
      words("ho tro|tai tro|de tai|chuong trinh|de nghi so|xin so|phan con lai");
  /** A percentage of the money or the support: "xin hỗ trợ 30%", "tự đối ứng 50%", "30% kinh phí". */
  private static final Pattern PERCENT_SHARE =
      Pattern.compile("(?<![a-z])(?:ho tro|doi ung|tai tro|chiu|tu chi|tu bo|gop|tra truoc|dat coc|coc"
          + "|chi tra|cap|xin|de nghi|vay|von|tu co)(?:\\s+(?!lai)[^\\s\\d.,;!?]+){0,3}\\s+\\d+(?:[.,]\\d+)?"
          + "\\s*(?:%|phan tram)"
          + "|\\d+(?:[.,]\\d+)?\\s*(?:%|phan tram)\\s+(?:cua\\s+)?(?:kinh phi|chi phi|von|tong|gia tri|du an"
          + "|so tien|ngan sach)");
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
  private static final Pattern WHOLE = Pattern.compile("(?<![\\d.,])100\\s*(?:%|phan tram)");
  /** "tổng kinh phí", "tổng dự toán", "tổng mức đầu tư": the amount is named the whole. */
  private static final Pattern NAMED_TOTAL = Pattern.compile("(?<![a-z])tong(?![a-z])[^\\d%]{0,40}$");
  /** "nếu đầu tư 1 tỷ thì …?": an amount inside a condition is a premise, not a plan. */
  private static final Pattern CONDITION =
      words("neu|gia su|gia dinh|truong hop|lo nhu|gia nhu");
  private static final Pattern THEN = words("thi");
  /** A question: its mark, a question word anywhere, or a particle that ends it. */
  private static final Pattern ASKS =
      Pattern.compile("\\?|(?<![a-z])(?:bao lau|bao nhieu|the nao|nhu nao|bao gio|o dau|tai sao|vi sao"
          + "|lieu)(?![a-z])|(?<![a-z])(?:khong|ko|chua|nhi|sao|duoc khong|phai khong)"
          + "(?: a| ah| vay| ha| nhi| ak)?[\\s.!]*$");
  private static final String UNIT =
      "(?:may|chiec|cai|bo|he thong|thiet bi|dan|day chuyen|lo|buong|kho|xe|robot|camera|tram|thung"
          + "|con|cum|module)";
  /** "giá một máy 200 triệu", "đơn giá", "200 triệu/máy": what one unit costs. */
  private static final Pattern PER_UNIT_BEFORE =
      words("(?:moi|mot|1|tung) " + UNIT + "|don gia|gia le");
  private static final Pattern PER_UNIT_AFTER =
      Pattern.compile("^\\s*(?:/\\s*" + UNIT + "|(?:cho |cua )?(?:moi|mot|1|tung) " + UNIT + ")(?![a-z])");
  private static final Pattern COUNT =
      Pattern.compile("(?<![\\d.,a-z])(?:[2-9]|[1-9]\\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai|nhieu"
          + "|cac|so luong)\\s+" + UNIT + "(?![a-z])");
  /** "giá mỗi ao 40 triệu", "mỗi hộ góp 10 triệu", "giá khoảng 450tr": one of something, or a price. */
  private static final Pattern EACH_NOUN = words("(?:moi|tung) ([a-z]+)");
  private static final Pattern PRICE = words("gia|don gia|gia ban|gia khoang|tri gia");
  /** "15 ao", "50 hộ dân", "cần 2 lò": things counted, more than one. */
  private static final Pattern COUNTED =
      Pattern.compile("(?<![\\d.,a-z])(?:[2-9]|[1-9][\\d.,]*\\d|hai|ba|bon|bay|chin|muoi|vai)\\s+([a-z]+)"
          + "(?![a-z])");
  /** "cân nhắc 3 tỷ cho robot, hoặc 800 triệu cho băng tải": two options, not yet chosen. */
  private static final Pattern OR = words("hoac|hay la|hoac la");
  /** "phí nhà nước khoảng 1 triệu đúng không": a figure the user asks to have confirmed. */
  private static final Pattern CHECKED_AFTER =
      Pattern.compile("^[^.!?\\d]{0,20}?(?<![a-z])(?:co )?(?:dung|phai)(?: khong| ko| k| hong| chua)(?![a-z])");
  /** "ngân sách 100 triệu, có thể nâng lên 150 nếu cần": a raise whose unit is not written. */
  private static final Pattern RAISE_TO_BARE_AFTER =
      Pattern.compile("^[^.!?;\\n]{0,60}?(?<![a-z])(?:nang|tang|co|day|keo|linh dong|len)(?: them)?(?: len)?"
          + "(?: (?:toi|den|muc|khoang|tam))? \\d+(?:[.,]\\d+)?(?=\\s*(?:[,.;!?)]|$|neu|thi|nha|nhe|a(?![a-z])|duoc))");
  /** Someone else's figure: a quote, a market price, a bank's. */
  private static final Pattern SOMEONE_ELSES =
      words("bao gia|chao gia|gia (?:tren |ngoai |ben ngoai )?thi truong|thi truong (?:dang )?ban"
          + "|(?:ben|nguoi|cho|tiem|dai ly|hang|nha cung cap|ncc|cong ty|ben kia|nguoi ta) (?:ho )?"
          + "(?:ban|bao|chao|bao gia|chao gia|niem yet|hoi|doi|lay)|niem yet|ngan hang|tren mang"
          + "|gia tham khao|tham khao gia");
  private static final Pattern ACCEPTED =
      words("chap nhan|dong y|chot|lo duoc|xoay duoc|du suc|chiu duoc|dap ung duoc|trong kha nang"
          + "|vua tam|hop ly|mua duoc");
  private static final Pattern PHASE =
      words("giai doan|dot (?:1|2|3|mot|hai|ba|dau|sau|tiep)|phase|truoc mat|buoc dau|ban dau|sau nay"
          + "|ve sau");
  /** Amounts that are no spending at all: revenue, income, wages, a price per time. */
  private static final Pattern NOT_SPENDING =
      words("doanh thu|doanh so|thu nhap|luong|loi nhuan|von dieu le|gia ban|ban ra|tien dien|tien nuoc"
          + "|san luong");
  private static final Pattern PER_TIME_AFTER =
      Pattern.compile("^\\s*(?:/|(?:moi|mot|1|hang) (?:ngay|thang|nam|vu|tuan|gio)(?![a-z]))");

  private static Pattern words(String regex) {
    return Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])");
  }

  /**
   * True when the chosen budget should not be stored. {@code budgets} are the amounts the rules
   * still took for a budget (their role not settled otherwise), {@code budget} the one chosen.
   */
  static boolean inDoubt(String folded, List<Span> budgets, Span budget) {
    Message m = new Message(folded, moneyAmounts(folded));
    String sentence = m.sentenceAround(budget.start(), budget.end());
    String window = m.windowBefore(budget.start());
    String after = m.after(budget.end());
    return percentShare(sentence, window)
        || partOfIt(window, after)
        || premiseOfQuestion(m, budget, window)
        || CHECKED_AFTER.matcher(after).find()
        || RAISE_TO_BARE_AFTER.matcher(after).find()
        || perUnitWithCount(m, window, after, budget.end())
        || oneOfOptions(m, budgets, budget)
        || totalBesideOwnShare(m, budget)
        || unsettledRival(m, budgets, budget, window)
        || shareBesideOther(m, budget, window)
        || someoneElses(window, after)
        || phases(m, budget);
  }

  /**
   * "dự án 2 tỷ, xin hỗ trợ 30%": whose the amount is, and what is left, is unclear; unless the
   * amount is named the total ("tổng kinh phí 800 triệu, mong Sở hỗ trợ 50%"), or the share is
   * all of it ("tự có 100%").
   */
  private static boolean percentShare(String sentence, String window) {
    Matcher share = PERCENT_SHARE.matcher(sentence);
    boolean partial = false;
    while (share.find()) {
      partial |= !WHOLE.matcher(share.group()).find();
    }
    String sinceShare = window.substring(window.lastIndexOf('%') + 1);
    return partial && !NAMED_TOTAL.matcher(sinceShare).find();
  }

  /**
   * The amount and a percentage of it, or a cap on a percentage: "đối ứng 40% trên tổng giá trị 1
   * tỷ" (a part, not written), "được 50% nhưng không quá 1 tỷ" (a programme's cap), "2 tỷ … dành 30%
   * cho …". "Xin hỗ trợ 50% trên tổng kinh phí 1,6 tỷ" is still the total the business spends.
   */
  private static boolean partOfIt(String window, String after) {
    boolean shareOfIt = SHARE_OF_IT.matcher(window).find() && !SUPPORT_SHARE.matcher(window).find();
    return shareOfIt || CAP_OF_SHARE.matcher(window).find() || PART_OF_IT_AFTER.matcher(after).find();
  }

  /**
   * "nếu đầu tư 1 tỷ thì bao lâu hoàn vốn?": the amount inside the condition of a question; so is
   * a price before "thì" in a question ("máy giá 3tr5 thì có được hỗ trợ không?") unless a budget
   * word ties it to the business.
   */
  private static boolean premiseOfQuestion(Message m, Span budget, String window) {
    if (premiseOfQuestion(m, budget)) {
      return true;
    }
    String sentence = m.sentenceAround(budget.start(), budget.end());
    return ASKS.matcher(sentence).find() && THEN.matcher(m.after(budget.end())).find()
        && !TIED.matcher(window).find();
  }

  private static boolean premiseOfQuestion(Message m, Span budget) {
    int from = m.sentenceStart(budget.start());
    int to = m.sentenceEnd(budget.end());
    String sentence = m.folded().substring(from, Math.min(to + 1, m.folded().length()));
    if (!ASKS.matcher(sentence).find()) {
      return false;
    }
    Matcher condition = CONDITION.matcher(m.folded().substring(from, budget.start()));
    int opened = -1;
    while (condition.find()) {
      opened = condition.end();
    }
    // "nếu được hỗ trợ thì bên em bỏ ra 1 tỷ": after "thì" the clause is the business's answer.
    return opened >= 0 && !THEN.matcher(m.folded().substring(from + opened, budget.start())).find();
  }

  /** "mỗi máy 200 triệu, cần 3 máy": the price of one, not the budget for all. */
  private static boolean perUnitWithCount(Message m, String window, String after, int end) {
    Matcher unit = PER_UNIT_BEFORE.matcher(window);
    boolean perUnit = false;
    while (unit.find()) {
      // "mua một máy, kinh phí 200 triệu": a budget word after the unit ties the amount to the buy.
      perUnit = !TIED.matcher(window.substring(unit.end())).find();
    }
    return (perUnit || PER_UNIT_AFTER.matcher(after).find()) && COUNT.matcher(m.folded()).find()
        || eachOfSeveral(m, window, end);
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
      if (inside(o.start(), o.end(), budget) || sameValue(o, budget)
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
    if (!SUPPORT_ASKED.matcher(m.folded()).find()) {
      return false;
    }
    for (Amount a : m.amounts()) {
      if (!inside(a.start(), a.end(), budget) && !sameValue(a, budget)
          && SHARE_WORD.matcher(m.windowBefore(a.start())).find()
          && Math.abs(m.sentenceIndex(a.start()) - m.sentenceIndex(budget.start())) <= 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Another amount the rules still took for a budget, in the same sentence or the one beside it:
   * unless the chosen one is tied to the business's own spending, which of them is the budget (a
   * price or a budget, a total or a part) is unsettled.
   */
  private static boolean unsettledRival(Message m, List<Span> budgets, Span budget, String window) {
    if (TIED.matcher(window).find()) {
      return false;
    }
    int sentence = m.sentenceIndex(budget.start());
    for (Span o : budgets) {
      if (!inside(o.start(), o.end(), budget) && !sameValue(o, budget)
          && Math.abs(m.sentenceIndex(o.start()) - sentence) <= 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * "vốn tự có 500 triệu, vay thêm 1 tỷ", "Sở hỗ trợ 300 triệu, bên em đối ứng 700 triệu": the
   * business's own share beside other money is a part of the budget, not the budget.
   */
  private static boolean shareBesideOther(Message m, Span budget, String window) {
    return SHARE.matcher(window).find() && otherSpending(m, budget, 1);
  }

  /**
   * "bên bán báo giá 1,2 tỷ", "giá thị trường 800 triệu", with no word making it the business's,
   * before it or after ("báo giá 2 tỷ, bên em chấp nhận mức đó").
   */
  private static boolean someoneElses(String window, String after) {
    return SOMEONE_ELSES.matcher(window).find() && !TIED.matcher(window).find()
        && !ACCEPTED.matcher(after).find();
  }

  /** "giai đoạn 1 … 500 triệu, giai đoạn 2 … 1 tỷ": a phase's amount beside another's. */
  private static boolean phases(Message m, Span budget) {
    return PHASE.matcher(m.folded()).find() && otherSpending(m, budget, Integer.MAX_VALUE);
  }

  /** Another amount the business may spend, at most {@code sentences} sentences from the budget. */
  private static boolean otherSpending(Message m, Span budget, int sentences) {
    int sentence = m.sentenceIndex(budget.start());
    for (Amount a : m.amounts()) {
      if (!inside(a.start(), a.end(), budget) && !sameValue(a, budget) && spending(m, a)
          && Math.abs(m.sentenceIndex(a.start()) - sentence) <= sentences) {
        return true;
      }
    }
    return false;
  }

  /** Revenue, income and a price per day are no money the business means to spend. */
  private static boolean spending(Message m, Amount a) {
    return !NOT_SPENDING.matcher(m.windowBefore(a.start())).find()
        && !PER_TIME_AFTER.matcher(m.after(a.end())).find();
  }

  private static List<Amount> moneyAmounts(String folded) {
    return Amounts.in(folded).stream().filter(a -> a.money() && a.vnd() && !a.vague()).toList();
  }

  private static boolean inside(int start, int end, Span budget) {
    return start >= budget.start() && end <= budget.end();
  }

  private static boolean sameValue(Span o, Span budget) {
    return o.min() != null && o.min().equals(budget.min()) && o.max() != null && o.max().equals(budget.max());
  }

  /** "Kinh phí 1 tỷ (1.000.000.000 đ)": the same amount written twice is no rival. */
  private static boolean sameValue(Amount a, Span budget) {
    long value = a.value().setScale(0, RoundingMode.HALF_UP).longValue();
    return a.value().compareTo(BigDecimal.ZERO) > 0
        && (Long.valueOf(value).equals(budget.min()) || Long.valueOf(value).equals(budget.max()));
  }

  /** The folded message with its money amounts, read by sentences. */
  private record Message(String folded, List<Amount> amounts) {
    int sentenceStart(int at) {
      int start = 0;
      Matcher end = SENTENCE_END.matcher(folded);
      while (end.find() && end.end() <= at) {
        start = end.end();
      }
      return start;
    }

    int sentenceEnd(int at) {
      Matcher end = SENTENCE_END.matcher(folded);
      return end.find(at) ? end.start() : folded.length();
    }

    int sentenceIndex(int at) {
      int index = 0;
      Matcher end = SENTENCE_END.matcher(folded);
      while (end.find() && end.end() <= at) {
        index++;
      }
      return index;
    }

    String sentenceAround(int start, int end) {
      return folded.substring(sentenceStart(start), sentenceEnd(end));
    }

    /** The words of an amount's sentence since the money amount before it. */
    String windowBefore(int at) {
      int from = sentenceStart(at);
      for (Amount a : amounts) {
        if (a.end() <= at && a.end() > from) {
          from = a.end();
        }
      }
      return folded.substring(from, at);
    }

    /** The rest of the amount's sentence. */
    String after(int at) {
      return folded.substring(at, sentenceEnd(at));
    }
  }
}
