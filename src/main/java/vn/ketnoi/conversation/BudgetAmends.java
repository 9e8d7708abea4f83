package vn.ketnoi.conversation;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Money;
import vn.ketnoi.text.Fold;

/**
 * "à nhầm, 350" after "tầm 300tr", "em lo được 1,5" after "2 tỷ": a later message that corrects the
 * card's budget with a number and no unit. Read alone it is no amount (a bare "350" may be anything);
 * against the budget it corrects, it takes that budget's unit (triệu or tỷ) when the result is of the
 * same size (a fifth to five times it), and the card, shown again, lets the business check it.
 */
final class BudgetAmends {
  private BudgetAmends() {}

  /** Saying the amount before was wrong, or settling on another. */
  private static final Pattern CORRECTS =
      Pattern.compile("(?<![a-z])(?:nham|a khong|a ko|a k|khong phai|sua lai|dung ra|chinh xac|chot|thoi"
          + "|lo duoc|lo dc|co the chi|chi duoc|chi dc)(?![a-z])");
  /** The message's only number: at most four digits before a decimal part, never a phone. */
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])([1-9]\\d{0,3}(?:[.,]\\d{1,3})?)(?![\\d.,]*\\d)");
  private static final Pattern ANY_DIGIT = Pattern.compile("\\d");
  /** What may follow the number: nothing that counts things ("chốt 2 máy" is no budget). */
  private static final Pattern ENDING =
      Pattern.compile("^(?:[\\s.,!?…]|(?<![a-z])(?:thoi|thui|a|ah|nha|nhe|nhen|ha|ok|roi|luon|vay|do|a nha)(?![a-z]))*$");
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

  /** The corrected budget, or null when the text is no such correction. */
  static NeedCard of(NeedCard card, String text) {
    Long budget = card.budgetVndMax() != null ? card.budgetVndMax() : card.budgetVndMin();
    String folded = Fold.fold(Fold.nfc(text));
    if (budget == null || Money.find(text) != null || !CORRECTS.matcher(folded).find()) {
      return null;
    }
    Matcher number = NUMBER.matcher(folded);
    if (!number.find() || !ENDING.matcher(folded.substring(number.end())).matches()
        || ANY_DIGIT.matcher(folded.substring(0, number.start())).find()) {
      return null;
    }
    BigDecimal value = new BigDecimal(number.group(1).replace(',', '.'));
    BigDecimal unit = budget >= BILLION.longValue() ? BILLION : MILLION;
    BigDecimal amount = value.multiply(unit);
    if (amount.stripTrailingZeros().scale() > 0 || !sameSize(amount.longValue(), budget)) {
      return null;
    }
    return NeedCard.EMPTY.with(Field.BUDGET_VND_MIN, amount.longValue())
        .with(Field.BUDGET_VND_MAX, amount.longValue());
  }

  private static boolean sameSize(long amount, long budget) {
    return amount * 5 >= budget && amount <= budget * 5;
  }
}
