package vn.ketnoi.conversation;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Money;
import vn.ketnoi.text.Fold;

/**
 * A later message that gives the budget with a number and no unit. Read alone it is no amount (a
 * bare "350" may be anything), so it is read only against what the card already holds:
 * <ul>
 *   <li>a correction of the card's budget ("à nhầm, 350" after "tầm 300tr", "em lo được 1,5" after
 *       "2 tỷ") takes that budget's unit (triệu or tỷ) when the result is of the same size (a fifth
 *       to five times it);
 *   <li>with no budget, the one amount the messages named that the number is, in triệu or tỷ
 *       ("bọn em lo được 300 thôi" after "người ta báo 450 triệu, … khoảng 300 triệu thôi", which the
 *       card listed as unsure).
 * </ul>
 * The card, shown again, lets the business check it.
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

  /** The budget the text gives against the draft, or null when it gives none this way. */
  static NeedCard of(Draft draft, String text) {
    return read(draft, text, false);
  }

  /**
   * The same for a value typed into the budget field picked from "Sửa": the field says what the
   * number is, so no correcting word is needed.
   */
  static NeedCard typedInField(Draft draft, String text) {
    return read(draft, text, true);
  }

  private static NeedCard read(Draft draft, String text, boolean inField) {
    NeedCard card = draft.card();
    Long budget = card.budgetVndMax() != null ? card.budgetVndMax() : card.budgetVndMin();
    String folded = Fold.fold(Fold.nfc(text));
    BigDecimal value = loneNumber(folded);
    if (value == null || Money.find(text) != null) {
      return null;
    }
    boolean corrects = inField || CORRECTS.matcher(folded).find();
    if (budget != null) {
      return corrects ? corrected(value, budget) : null;
    }
    if (value.compareTo(BigDecimal.TEN) < 0 && value.scale() == 0 && !corrects) {
      return null; // "2" alone may be a choice typed for a button, not "2 tỷ"
    }
    Set<Long> named = new LinkedHashSet<>();
    draft.messages().forEach(m -> named.addAll(Money.statedAmounts(m)));
    List<Long> meant = Stream.of(MILLION, BILLION).map(value::multiply)
        .filter(a -> a.stripTrailingZeros().scale() <= 0).map(BigDecimal::longValue).filter(named::contains).toList();
    return meant.size() == 1 ? exactly(meant.get(0)) : null;
  }

  /** The message's one number, with nothing after it that counts things; null otherwise. */
  private static BigDecimal loneNumber(String folded) {
    Matcher number = NUMBER.matcher(folded);
    if (!number.find() || !ENDING.matcher(folded.substring(number.end())).matches()
        || ANY_DIGIT.matcher(folded.substring(0, number.start())).find()) {
      return null;
    }
    return new BigDecimal(number.group(1).replace(',', '.'));
  }

  private static NeedCard corrected(BigDecimal value, long budget) {
    BigDecimal amount = value.multiply(budget >= BILLION.longValue() ? BILLION : MILLION);
    return amount.stripTrailingZeros().scale() > 0 || !sameSize(amount.longValue(), budget) ? null
        : exactly(amount.longValue());
  }

  private static NeedCard exactly(long amount) {
    return NeedCard.EMPTY.withBudget(amount, amount);
  }

  private static boolean sameSize(long amount, long budget) {
    return amount * 5 >= budget && amount <= budget * 5;
  }
}
