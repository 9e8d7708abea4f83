package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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
 * amount are read by {@link BudgetRoles} and {@link Money}; what the amount is a part or one of,
 * by {@link BudgetParts}). Nothing here computes a share or a
 * sum: a number the user never wrote is not ours.
 */
final class BudgetDoubts {
  private BudgetDoubts() {}

  /** A full stop ends a sentence; one between digits ("1.000.000", "2.5 tỷ") does not. */
  static final Pattern SENTENCE_END = Pattern.compile("[!?;\\n]|\\.(?!\\d)");
  /** Words that make an amount the business's own spending: what it has, plans or can put in. */
  static final Pattern TIED =
      Cues.words("kinh phi|ngan sach|du tru|von dau tu|von tu co|von doi ung|doi ung|tu co|tong muc dau tu"
          + "|muc dau tu|dau tu|du kien|chi co|chi du|co the chi|co the bo ra|bo ra|(?:lo|xoay) (?:duoc|dc)"
          + "|kha nang|du suc|chi tra duoc|san sang|chuan bi|dam chi|chi duoc|kham duoc|kham noi|" + BudgetRoles.ARRANGED
          + "|(?:em|toi|minh|ben em|ben minh|chung toi|chung em|cty|cong ty|htx|co so|nha em|tui)"
          + " (?:hien |moi |chi |dang )?co");
  /** The business's own part of something larger: a total or a programme's money is the rest. */
  private static final Pattern SHARE =
      Cues.words("doi ung|tu co|phan con lai|con lai|tu chi|tu bo|tu lo|chiu phan|phan cua (?:cong ty|em"
          + "|minh|doanh nghiep|htx|chung toi)");
  /** A form line's label and what follows its colon: "Kinh phí dự kiến: ", "3. Tổng vốn đầu tư: ". */
  private static final Pattern FORM_LABEL =
      Pattern.compile("^\\s*(?:\\d+[.)]\\s*)?([^:\\n\\d]{2,50}):([^:\\n]*)$");
  /** "tổng kinh phí", "tổng dự toán", "tổng mức đầu tư": the amount is named the whole. */
  static final Pattern NAMED_TOTAL = Pattern.compile("(?<![a-z])tong(?![a-z])[^\\d%]{0,40}$");
  private static final String UNIT =
      "(?:may|chiec|cai|bo|he thong|thiet bi|dan|day chuyen|lo|buong|kho|xe|robot|camera|tram|thung"
          + "|con|cum|module)";
  /** "giá một máy 200 triệu", "đơn giá", "200 triệu/máy": what one unit costs. */
  private static final Pattern PER_UNIT_BEFORE =
      Cues.words("(?:moi|mot|1|tung) " + UNIT + "|don gia|gia le");
  private static final Pattern PER_UNIT_AFTER =
      Pattern.compile("^\\s*(?:/\\s*" + UNIT + "|(?:cho |cua )?(?:moi|mot|1|tung) " + UNIT + ")(?![a-z])");
  private static final Pattern COUNT =
      Pattern.compile("(?<![\\d.,a-z])(?:[2-9]|[1-9]\\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai|nhieu"
          + "|cac|so luong)\\s+" + UNIT + "(?![a-z])");
  /** Someone else's figure: a quote, a market price, a bank's. */
  /** "2 tỷ 4 (báo giá)", "2 tỷ 4 theo báo giá": the amount named a quote right after it. */
  static final Pattern QUOTE_AFTER =
      Pattern.compile("^\\s*(?:(?:dong|vnd|d)(?![a-z]))?\\s*[(,-]?\\s*(?:theo |la |do )?(?:bao gia|chao gia)(?![a-z])");
  static final Pattern SOMEONE_ELSES =
      Cues.words("bao gia|chao gia|gia (?:tren |ngoai |ben ngoai )?thi truong|thi truong (?:dang )?ban"
          + "|(?:ben|nguoi|cho|tiem|dai ly|hang|nha cung cap|ncc|cong ty|ben kia|nguoi ta) (?:ho )?"
          + "(?:ban|bao|chao|bao gia|chao gia|niem yet|hoi|doi|lay)|niem yet|ngan hang|tren mang"
          + "|gia tham khao|tham khao gia");
  /**
   * "trong đó vốn ngân sách tỉnh 15 tỷ, bệnh viện đối ứng 10 tỷ": the State's money (the province's,
   * the nation's), named right before its amount, is someone else's however a budget word reads.
   */
  private static final Pattern STATE_MONEY =
      Cues.words("ngan sach (?:nha nuoc|tinh|trung uong|huyen|xa|dia phuong|thanh pho|tp|cap (?:tinh|huyen|xa))");
  private static final Pattern ACCEPTED =
      Cues.words("chap nhan|dong y|chot|lo duoc|xoay duoc|du suc|chiu duoc|dap ung duoc|trong kha nang"
          + "|vua tam|hop ly|mua duoc");
  private static final Pattern PHASE =
      Cues.words("giai doan|dot (?:1|2|3|mot|hai|ba|dau|sau|tiep)|phase|truoc mat|buoc dau|ban dau|sau nay"
          + "|ve sau");
  /** Amounts that are no spending at all: revenue, income, wages, a price per time. */
  private static final Pattern NOT_SPENDING =
      Cues.words("doanh thu|doanh so|thu nhap|luong|loi nhuan|von dieu le|gia ban|ban ra|tien dien|tien nuoc"
          + "|san luong");
  private static final Pattern PER_TIME_AFTER =
      Pattern.compile("^\\s*(?:/|(?:moi|mot|1|hang) (?:ngay|thang|nam|vu|tuan|gio)(?![a-z]))");


  /**
   * True when the chosen budget should not be stored. {@code budgets} are the amounts the rules
   * still took for a budget (their role not settled otherwise), {@code budget} the one chosen.
   */
  static boolean inDoubt(String nfc, String folded, List<Span> budgets, Span budget) {
    Message m = new Message(nfc, folded, moneyAmounts(folded));
    String window = m.windowBefore(budget.start());
    String after = m.after(budget.end());
    return BudgetSplits.splitStated(m, budget.start(), window) || BudgetLoans.besideALoan(m, budget, window)
        || BudgetParts.inDoubt(m, budgets, budget, window, after)
        || BudgetQuestions.premise(m, budget, window)
        || perUnitWithCount(m, window, after)
        || unsettledRival(m, budgets, budget, window)
        || shareBesideOther(m, budget, window)
        || someoneElses(m, budget, window, after)
        || phases(m, budget) || BudgetHeld.restFinanced(folded, budget)
        || BudgetSources.unsure(folded, budgets, budget) || BudgetUnsettled.unsure(m, budget);
  }

  /** "mỗi máy 200 triệu, cần 3 máy": the price of one, not the budget for all. */
  private static boolean perUnitWithCount(Message m, String window, String after) {
    Matcher unit = PER_UNIT_BEFORE.matcher(window);
    boolean perUnit = false;
    while (unit.find()) {
      // "mua một máy, kinh phí 200 triệu": a budget word after the unit ties the amount to the buy.
      perUnit = !TIED.matcher(window.substring(unit.end())).find();
    }
    return (perUnit || PER_UNIT_AFTER.matcher(after).find()) && COUNT.matcher(m.folded()).find();
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
  private static boolean someoneElses(Message m, Span budget, String window, String after) {
    boolean quote = SOMEONE_ELSES.matcher(window).find() && !ACCEPTED.matcher(after).find();
    return quote && (!TIED.matcher(window).find() || onALabelLineWithAnother(m, budget, window))
        || STATE_MONEY.matcher(window).find()
        || QUOTE_AFTER.matcher(after).find() && onALabelLineWithAnother(m, budget, window);
  }

  /**
   * "Kinh phí dự kiến: theo báo giá là 2 tỷ 4, công ty …", "Kinh phí dự kiến: 2 tỷ 4 theo báo giá,
   * công ty …": only a form label ties the amount to the business, and it settles the role of the
   * one amount on its line; beside another, a quote is the seller's figure.
   */
  private static boolean onALabelLineWithAnother(Message m, Span budget, String window) {
    Matcher label = FORM_LABEL.matcher(window);
    return label.find() && TIED.matcher(label.group(1)).find() && !TIED.matcher(label.group(2)).find()
        && anotherOnItsLine(m, budget);
  }

  private static boolean anotherOnItsLine(Message m, Span budget) {
    int lineEnd = m.folded().indexOf('\n', budget.end());
    int lineStart = m.folded().lastIndexOf('\n', budget.start()) + 1;
    return m.amounts().stream().anyMatch(a -> a.start() >= lineStart && (lineEnd < 0 || a.end() <= lineEnd)
        && !inside(a.start(), a.end(), budget) && !sameValue(a, budget));
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

  /** Revenue, income, a price per day and a loan already taken are no money the business means to spend. */
  private static boolean spending(Message m, Amount a) {
    return !NOT_SPENDING.matcher(m.windowBefore(a.start())).find()
        && !PER_TIME_AFTER.matcher(m.after(a.end())).find() && !BudgetLoans.held(m.folded(), a.start(), a.end());
  }

  private static List<Amount> moneyAmounts(String folded) {
    return Amounts.in(folded).stream().filter(a -> a.money() && a.vnd() && !a.vague()).toList();
  }

  static boolean inside(int start, int end, Span budget) {
    return start >= budget.start() && end <= budget.end();
  }

  static boolean sameValue(Span o, Span budget) {
    return o.min() != null && o.min().equals(budget.min()) && o.max() != null && o.max().equals(budget.max());
  }

  /** "Kinh phí 1 tỷ (1.000.000.000 đ)": the same amount written twice is no rival. */
  static boolean sameValue(Amount a, Span budget) {
    long value = a.value().setScale(0, RoundingMode.HALF_UP).longValue();
    return a.value().compareTo(BigDecimal.ZERO) > 0
        && (Long.valueOf(value).equals(budget.min()) || Long.valueOf(value).equals(budget.max()));
  }

  /** The message as written and folded, with its money amounts, read by sentences. */
  record Message(String nfc, String folded, List<Amount> amounts) {
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
