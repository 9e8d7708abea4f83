package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Money.Span;

/**
 * A total the business adds up itself: "máy cắt 600tr và máy chấn 400tr, tổng tầm 1 tỷ", "vay 1
 * tỷ, cộng vốn tự có 500 triệu, tổng cộng 1,5 tỷ", "giai đoạn 1 … 2 tỷ, giai đoạn 2 … 1 tỷ rưỡi,
 * tổng … 3 tỷ rưỡi". When the amounts before it add up to it exactly, the parts are no rivals: the
 * sum is a fact of the text, not a guess about roles. Outside labellers agree on the total for
 * items, phases and loans beside own money; they store the business's own part when one part is
 * support asked of the Sở, so any support figure leaves this rule out.
 */
final class BudgetSums {
  private BudgetSums() {}

  /** "tổng", "tổng cộng", "tổng cả dự án tầm", then the amount in the same sentence. */
  private static final Pattern TOTAL_BEFORE = Pattern.compile("(?<![a-z])tong(?![a-z])([^.!?;\\n]{0,30})$");
  /** "Tổng công ty duyệt 4,1 tỷ" is the parent corporation, not a sum. */
  private static final Pattern CORPORATION = Pattern.compile("^\\s*cong ty(?![a-z])");
  /**
   * A support or counterpart figure: labellers keep the business's own part then, not the total.
   * Not a bare "cấp": "nâng cấp máy sóng 1,2 tỷ" is an upgrade.
   */
  private static final Pattern SUPPORT = Pattern.compile(
      "(?<![a-z])(ho tro|tai tro|doi ung|tro cap|cap von)(?![a-z])[^.!?;\\n\\d]{0,30}$");
  /** A part that is itself labelled the budget ("kinh phí tự có 3 tỷ") rivals the total. */
  private static final Pattern LABELLED = Pattern.compile(
      "(?<![a-z])(kinh phi|ngan sach|du tru)(?![a-z])[^.!?;\\n\\d]{0,20}$");

  /** Of the budgets found, the total the amounts written before it add up to, or null. */
  static Span total(String folded, List<Amount> amounts, List<Span> budgets) {
    // Amounts, not budgets: a loan to come is no budget, but it is a part of the sum.
    List<Amount> all = amounts.stream().filter(a -> a.money() && a.vnd()).toList();
    if (all.stream().anyMatch(a -> SUPPORT.matcher(folded.substring(0, a.start())).find())) {
      return null;
    }
    for (Span total : budgets) {
      if (isSumOfWhatComesBefore(folded, all, total)) {
        return total;
      }
    }
    return null;
  }

  private static boolean isSumOfWhatComesBefore(String folded, List<Amount> all, Span total) {
    Matcher cue = TOTAL_BEFORE.matcher(folded.substring(0, total.start()));
    if (!single(total) || !cue.find() || CORPORATION.matcher(cue.group(1)).find()) {
      return false;
    }
    // "tổng cả 2 giai đoạn tầm 3 tỷ rưỡi": a count may come between, an amount may not.
    List<Amount> parts = all.stream().filter(a -> a.end() <= total.start()).toList();
    if (parts.stream().anyMatch(p -> p.start() >= cue.start())) {
      return false;
    }
    boolean after = all.stream().anyMatch(s -> s.start() >= total.end());
    if (parts.size() < 2 || after || parts.stream().anyMatch(a -> a.vague() || !Money.whole(a.value()))
        || parts.stream().anyMatch(p -> LABELLED.matcher(folded.substring(0, p.start())).find())) {
      return false;
    }
    BigDecimal sum = parts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.compareTo(BigDecimal.valueOf(total.min())) == 0;
  }

  /** One amount in đồng, neither a range, a bound, another currency nor unsure. */
  private static boolean single(Span s) {
    return !s.foreign() && !s.unsure() && s.min() != null && s.min().equals(s.max());
  }
}
