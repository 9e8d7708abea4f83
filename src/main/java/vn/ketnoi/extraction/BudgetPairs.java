package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Amounts.Currency;
import vn.ketnoi.extraction.Money.Span;

/**
 * Two amounts of one message that {@link Money} reads as one budget: a lower and an upper bound
 * side by side, and an amount in another currency with its VND equivalent beside it.
 */
final class BudgetPairs {
  private BudgetPairs() {}

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]");
  /** "50.000 USD (tương đương 1,2 tỷ đồng)": what stands between an amount and its equivalent. */
  private static final Pattern EQUIVALENT =
      Pattern.compile("^[\\s(\\[,:=~≈/-]*(?:(?:quy doi|doi ra) )?(?:tuong duong|tuc la|tuc|quy doi|doi ra|khoang"
          + "|xap xi|chung|hay|hoac)?(?:\\s+(?:voi|ra|la|khoang|chung|xap xi|gan|hon|tren|duoi))*"
          + "[\\s:=~≈]*$");

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
   * next to each other in one sentence are one range; null when they cross (unsure).
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
      return new Span(crossed ? null : low.min(), crossed ? null : high.max(), false, crossed,
          first.start(), second.end());
    }
    return s;
  }

  /**
   * "50.000 USD (tương đương 1,2 tỷ đồng)", "khoảng 1,2 tỷ đồng (50.000 USD)": an amount in another
   * currency with its VND equivalent beside it is that VND amount.
   */
  static List<Span> withoutForeignEquivalents(String folded, List<Span> spans) {
    List<Span> kept = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      boolean equivalent = s.foreign()
          && (k > 0 && vndBeside(folded, spans.get(k - 1), s)
              || k + 1 < spans.size() && vndBeside(folded, s, spans.get(k + 1)));
      if (!equivalent) {
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
}
