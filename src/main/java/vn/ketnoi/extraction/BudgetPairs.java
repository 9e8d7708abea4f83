package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Amounts.Currency;
import vn.ketnoi.extraction.Money.Span;

/**
 * Two amounts of one message that {@link Money} reads as one budget: a lower and an upper bound
 * side by side, an amount and what the business can raise it to, and an amount in another currency
 * with its VND equivalent beside it.
 */
final class BudgetPairs {
  private BudgetPairs() {}

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]");
  /** "50.000 USD (tương đương 1,2 tỷ đồng)": what stands between an amount and its equivalent. */
  private static final Pattern EQUIVALENT =
      Pattern.compile("^[\\s(\\[,:=~≈/-]*(?:(?:quy doi|doi ra|quy ra) )?(?:tuong duong|tuc la|tuc|quy doi|doi ra|quy ra"
          + "|khoang|xap xi|chung|hay|hoac)?(?:\\s+(?:voi|ra|la|khoang|chung|xap xi|gan|hon|tren|duoi|chac|tam|co|cung))*"
          + "[\\s:=~≈]*$");

  /**
   * "có thể nâng lên 1,5 tỷ", "cố lên 1,2 tỷ", "có thể chi tới 2 tỷ": what the business can raise
   * its budget to ("cố" written with its mark in a text that has marks: "có lên" is not it).
   */
  private static final Pattern RAISED_TO =
      Pattern.compile("(?<![a-z])(?:(nang|tang|co|day|keo|don)(?: them)? len|(?:linh dong|linh hoat) (?:len|den|toi)"
          + "|(?:co the|duoc) (?:(?:chi|bo ra|lo|xoay|dau tu) )?(?:len )?(?:toi|den)|co the len)"
          + "(?: (?:toi|den|duoc|muc|khoang|tam|chung|thanh|la))*\\s*$");
  /**
   * "lo được 300 triệu, cố lắm thì 400 triệu", "cố gắng thì lên 1 tỷ": what the business reaches
   * by straining is what it can raise its budget to ("có thì", "có là" are not "cố").
   */
  private static final Pattern STRETCHED_TO =
      Pattern.compile("(?<![a-z])(?:(co)(?: (?:gang|lam|het suc|them))+|rang(?: (?:lam|het suc|them))*) (?:thi|la)"
          + "(?: (?:len|nang len|duoc|chi|bo ra|lo|xoay|dau tu))*(?: (?:toi|den|duoc|muc|khoang|tam|chung|thanh|la))*"
          + "\\s*$");
  /**
   * "Em lo được tầm 300tr / Cố thêm chắc được 400tr", "cố gắng thêm thì được 1 tỷ", "ráng / gắng
   * thêm chút nữa được 1 tỷ": what the
   * business reaches by straining more, on the next line or sentence too, is what it can raise its
   * budget to ("cố thêm 100 triệu", with no "được", may say by how much: {@link #RAISED_BY}).
   */
  private static final Pattern STRAINED_TO =
      Pattern.compile("(?<![a-z])(co|rang|gang)(?: (?:gang|lam|het suc))? them(?: (?:chac|chac la|co le|thi|la|cung"
          + "|may ra|nua|chut|ti|xiu))* (?:duoc|dc|len|nang len)(?: (?:toi|den|muc|khoang|tam|chung|thanh|la))*\\s*$");
  /**
   * "lo được 1 tỷ, có thêm thì được 1 tỷ rưỡi", "khoảng 6 tỷ, nhưng nếu công nghệ tốt thì lên 8 tỷ":
   * a condition after the amount, then "thì" and a second amount, is what the business would go up to.
   */
  private static final Pattern RAISED_ON_CONDITION =
      Pattern.compile("(?<![a-z])(?:neu|co them|them|truong hop|khi|mien)(?![a-z])[^.!?;\\n\\d]{0,50}"
          + "(?<![a-z])thi(?: (?:ben em|ben minh|em|minh|toi|chung toi|chung em|cong ty|cty|htx|doanh nghiep))?"
          + "(?: (?:co the|se|cung|van))?(?: (?:duoc|len|nang len|tang len|co the len|chi|bo ra"
          + "|lo|dau tu|chiu))?(?: (?:duoc|toi|den|muc|khoang|tam|chung|thanh|la))*\\s*$");
  /**
   * "khoảng 400 triệu, nếu Sở hỗ trợ thêm thì làm cả hệ thống 600 triệu": a second amount in what a
   * condition leads to, not said as a raise; the first may be the budget or that one, unsure.
   */
  private static final Pattern SECOND_ON_CONDITION =
      Pattern.compile("(?<![a-z])(?:neu|co them|truong hop|khi|mien)(?![a-z])[^.!?;\\n\\d]{0,50}(?<![a-z])thi"
          + "(?![a-z])[^.!?;\\n\\d]{0,40}$");
  /** "1 tỷ, máy tốt thì 1,2 tỷ cũng được": "thì" before the second amount ... */
  private static final Pattern THEN_BEFORE =
      Pattern.compile("^[^.!?;\\n]*(?<![a-z])thi(?: (?:len|nang len|tang len))?(?: (?:toi|den|muc|khoang|tam|chung))*"
          + "\\s*$");
  /** ... and "cũng được" after it: the business would accept that much too. */
  private static final Pattern ACCEPTED_TOO =
      Pattern.compile("^\\s*(?:(?:dong|vnd|d)\\s+)?(?:cung|van) (?:duoc|ok|chiu duoc|chap nhan|dong y)(?![a-z])");
  /** "cố thêm 200 triệu", "cần thêm 400 triệu": more by that much or up to it, unsure which. */
  private static final Pattern RAISED_BY =
      Pattern.compile("(?<![a-z])(?:co|bo|chi|lo|xoay|nang|tang|gom|vay|can)(?: duoc)? them"
          + "(?: (?:duoc|khoang|tam|chung|tu|toi|den))*\\s*$");
  /** "phòng kỹ thuật thì đề nghị nâng lên 3 tỷ": a raise someone asks for is not granted yet. */
  private static final Pattern PROPOSED_RAISE =
      Pattern.compile("(?<![a-z])(?:de nghi|de xuat|kien nghi|xin)(?: [a-z]+){0,2}? (?:nang|tang) len(?![a-z])");
  private static final int RAISE_REACH = 90;
  private static final Pattern CEILING_LINK =
      Pattern.compile("^\\s*[,;(-]?(?:\\s*(?:nhung|va|con|toi da|cao nhat|nhieu nhat|khong qua|ko qua"
          + "|khong vuot qua|max|cung lam|la|thi|muc|o muc|co the))*\\s*$");

  private static final Pattern SAID_TOGETHER = Pattern.compile("[ \\t]*,?[ \\t]*");

  /**
   * "bảy tám trăm triệu", "5, 6 trăm triệu", "một hai tỷ": a lone digit, then (after a space or a
   * comma) a larger digit and one multiplier, both in words or both in digits, is a range the
   * multiplier belongs to both ends of ("năm 6 tỷ" mixes the two and may be a year).
   */
  static boolean saidTogether(String folded, Amount a, Amount b) {
    Integer first = a.currency() == Currency.NONE && !a.number().hasUnit() && !a.vague()
        ? digit(a.value()) : null;
    Integer second = b.number().hasUnit() ? leadingDigit(b) : null;
    boolean sameKind =
        Character.isDigit(folded.charAt(a.start())) == Character.isDigit(folded.charAt(b.start()));
    return first != null && second != null && first < second && sameKind
        && SAID_TOGETHER.matcher(folded.substring(a.end(), b.start())).matches();
  }

  /** The one digit before the multiplier: 6 in "6 trăm triệu", 2 in "hai tỷ"; else null. */
  private static Integer leadingDigit(Amount b) {
    BigDecimal lead = b.number().leadMultiplier() == null ? BigDecimal.ONE : b.number().leadMultiplier();
    return digit(b.value().divide(lead.multiply(b.number().firstUnit())));
  }

  private static Integer digit(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() <= 0 && v.signum() > 0 && v.compareTo(BigDecimal.TEN) < 0 ? v.intValue() : null;
  }

  /**
   * "trên 500tr dưới 1 tỷ", "ít nhất 300 triệu, không quá 500 triệu": a lower and an upper bound
   * next to each other in one sentence are one range; null when they cross (unsure), unless the
   * chosen one is what the business has and the other a price above it.
   */
  static Span withOtherBound(String folded, List<Span> budgets, int chosen) {
    Span s = budgets.get(chosen);
    for (int k : new int[] {chosen - 1, chosen + 1}) {
      if (k < 0 || k >= budgets.size() || s.foreign() || s.unsure()) {
        continue;
      }
      Span o = budgets.get(k);
      Span first = k < chosen ? o : s;
      Span second = k < chosen ? s : o;
      String between = folded.substring(first.end(), second.start());
      if (o.foreign() || o.unsure() || between.length() > 40 || SENTENCE_END.matcher(between).find()) {
        continue;
      }
      Span low = s.max() == null ? s : o.max() == null ? o : null;
      Span high = s.min() == null ? s : o.min() == null ? o : null;
      if (low == null || high == null || low == high) {
        continue;
      }
      boolean crossed = low.min() >= high.max();
      if (crossed && BudgetRoles.rank(folded, budgets, chosen) > BudgetRoles.rank(folded, budgets, k)) {
        // "máy ít nhất cũng phải 3 tỷ, mà bên em chỉ có 1,5 tỷ": a price's floor above what it has.
        return s;
      }
      return new Span(crossed ? null : low.min(), crossed ? null : high.max(), false, crossed,
          first.start(), second.end());
    }
    return s;
  }

  /**
   * "50.000 USD (tương đương 1,2 tỷ đồng)", "$30k, tương đương 750 triệu": an amount in another
   * currency with the writer's VND equivalent after it leaves the budget unsure: the amount is
   * foreign, the equivalent a conversion at a rate the writer chose, and outside readers take
   * either or neither; the pair becomes one unsure span. A VND amount with its foreign equivalent
   * after it ("2,8 tỷ đồng (tương đương khoảng 110.000 USD)") is that VND amount, as every
   * labeller reads it.
   */
  static List<Span> withoutForeignEquivalents(String folded, List<Span> spans) {
    List<Span> kept = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
      if (next != null && s.foreign() != next.foreign() && vndBeside(folded, s, next)) {
        kept.add(s.foreign() ? new Span(null, null, true, true, s.start(), next.end()) : s);
        k++;
      } else {
        kept.add(s);
      }
    }
    return kept;
  }

  /** One of two adjacent spans is VND, the other foreign, and only "tương đương" or signs between. */
  private static boolean vndBeside(String folded, Span first, Span second) {
    Span vnd = first.foreign() ? second : first;
    return !vnd.foreign() && !vnd.unsure()
        && EQUIVALENT.matcher(folded.substring(first.end(), second.start())).matches();
  }

  /**
   * "Hiện lo được khoảng 1 tỷ, … có thể nâng lên 1,5 tỷ": an amount, then what the business can
   * raise it to, are one range from the first to the second; alone, "có thể nâng lên 1,5 tỷ" is a
   * ceiling; so is "tối đa 1,2 tỷ" after "khoảng 1 tỷ" (1–1,2 tỷ). "cố thêm 200 triệu" after an
   * amount leaves the total unsure.
   */
  static List<Span> withRaises(String nfc, String folded, List<Span> budgets) {
    List<Amount> amounts = Amounts.in(nfc);
    List<Span> merged = new ArrayList<>();
    for (int k = 0; k < budgets.size(); k++) {
      Span s = budgets.get(k);
      Span next = k + 1 < budgets.size() ? budgets.get(k + 1) : null;
      String between = next == null ? "" : folded.substring(s.end(), next.start());
      if (next != null && between.length() <= RAISE_REACH && PROPOSED_RAISE.matcher(between).find()) {
        merged.add(new Span(null, null, false, true, s.start(), next.end()));
        k++;
      } else if (next != null && between.length() <= RAISE_REACH && (raisedTo(nfc, folded, s.end(), next.start())
          || RAISED_ON_CONDITION.matcher(between).find() || THEN_BEFORE.matcher(between).find()
              && ACCEPTED_TOO.matcher(folded.substring(next.end())).find())) {
        merged.add(raised(s, next));
        k++;
      } else if (next != null && BudgetCeilings.keptWithin(folded, s, next)) {
        merged.add(new Span(null, s.max(), false, false, s.start(), next.end()));
        k++;
      } else if (next != null && ceilingAfter(s, next, between)) {
        merged.add(new Span(s.min(), next.max(), false, false, s.start(), next.end()));
        k++;
      } else if (next != null && between.length() <= RAISE_REACH && (RAISED_BY.matcher(between).find()
          || SECOND_ON_CONDITION.matcher(between).find())) {
        merged.add(new Span(null, null, false, true, s.start(), next.end()));
        k++;
      } else if (!s.foreign() && !s.unsure() && s.max() != null
          && raisedTo(nfc, folded, k == 0 ? 0 : budgets.get(k - 1).end(), s.start())) {
        merged.add(new Span(null, s.max(), false, false, s.start(), s.end()));
      } else {
        merged.add(BudgetCeilings.repeatedAsCeiling(folded, withBareRaise(folded, s, amounts), amounts));
      }
    }
    return merged;
  }

  /**
   * "tầm 100 triệu, nhưng nếu có thêm báo cáo thì 150 cũng được": a raise written without its
   * unit takes the first amount's unit ("1 tỷ 2 …, thì 1,5 cũng được" is 1,2–1,5 tỷ), when it is
   * above it; a first amount of two units ("1 tỷ 200 triệu") leaves it as it is. Below it, or after
   * a range or a ceiling, it is another option, and the budget unsure.
   */
  private static Span withBareRaise(String folded, Span s, List<Amount> amounts) {
    Amount first = amounts.stream().filter(a -> a.end() == s.end()).findFirst().orElse(null);
    Amount bare = amounts.stream().filter(a -> a.start() >= s.end()).findFirst().orElse(null);
    boolean oneUnit = first != null && first.number().hasUnit()
        && first.number().firstUnit().equals(first.number().lastUnit());
    if (!oneUnit || s.foreign() || s.unsure() || bare == null || bare.currency() != Currency.NONE
        || bare.number().hasUnit() || bare.counts() || bare.vague()) {
      return s;
    }
    String between = folded.substring(s.end(), bare.start());
    boolean raise = between.length() <= RAISE_REACH && (RAISED_ON_CONDITION.matcher(between).find()
        || THEN_BEFORE.matcher(between).find() || STRETCHED_TO.matcher(between).find());
    if (!raise || !ACCEPTED_TOO.matcher(folded.substring(bare.end())).find()) {
      return s;
    }
    BigDecimal to = bare.value().multiply(first.number().lastUnit());
    boolean single = s.min() != null && s.min().equals(s.max());
    // Above a single amount, a raise; below it, or beside a range or a ceiling ("tối đa 100tr, nếu
    // máy tốt thì 120 cũng được"), another option: which one the business means is unsure.
    return single && to.compareTo(BigDecimal.valueOf(s.max())) > 0 && to.stripTrailingZeros().scale() <= 0
        ? new Span(s.min(), to.longValueExact(), false, false, s.start(), bare.end())
        : new Span(null, null, false, true, s.start(), bare.end());
  }

  /** "khoảng 1 tỷ, tối đa 1,2 tỷ": a ceiling right after an amount, above it, is its maximum. */
  private static boolean ceilingAfter(Span s, Span next, String between) {
    return !s.foreign() && !s.unsure() && !next.foreign() && !next.unsure() && s.min() != null
        && s.min().equals(s.max()) && next.min() == null && next.max() != null && next.max() > s.max()
        && CEILING_LINK.matcher(between).matches();
  }

  private static boolean raisedTo(String nfc, String folded, int from, int to) {
    for (Pattern raise : List.of(RAISED_TO, STRETCHED_TO, STRAINED_TO)) {
      Matcher m = raise.matcher(folded.substring(from, to));
      if (m.find()) {
        boolean co = "co".equals(m.group(1));
        return !co || BudgetRoles.writtenAs(nfc, from + m.start(1), "cố");
      }
    }
    return false;
  }

  private static Span raised(Span s, Span to) {
    boolean sure = !s.foreign() && !s.unsure() && !to.foreign() && !to.unsure() && to.max() != null
        && (s.max() == null || s.max() < to.max()) && (s.min() == null || s.min() < to.max());
    return sure ? new Span(s.min(), to.max(), false, false, s.start(), to.end())
        : new Span(null, null, false, true, s.start(), to.end());
  }
}
