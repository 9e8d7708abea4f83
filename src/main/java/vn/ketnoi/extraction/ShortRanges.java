package vn.ketnoi.extraction;

import java.math.BigDecimal;
import vn.ketnoi.extraction.Amounts.Amount;

/**
 * "7-800tr", "5-600 triệu", "2-300 củ": a one-digit first end before a second end of several digits
 * is said short, the first taking the second's magnitude (700–800 triệu), as people shorten a
 * range aloud. The short reading stands only when it falls below the second; a first end that would
 * not ("9-800tr") leaves the range unsure, and so does a second end of two digits ("2-30 triệu":
 * 2–30 or 20–30?), unless only the plain reading can be meant ("5-10 triệu").
 */
final class ShortRanges {
  private ShortRanges() {}

  /**
   * "700 800 triệu", "mười lăm hai mươi triệu": a spoken range typed with no dash, a bare number
   * right before one of as many digits in the unit after it and below it; two numbers side by side
   * that are no such pair are read as before (the second alone is then in doubt of the first).
   */
  static boolean sideBySide(String folded, Amount a, Amount b) {
    if (!folded.substring(a.end(), b.start()).equals(" ") || a.number().hasUnit() || a.vague()
        || a.currency() != Amounts.Currency.NONE || !b.number().hasUnit()
        || Character.isDigit(folded.charAt(a.start())) != Character.isDigit(folded.charAt(b.start()))) {
      return false;
    }
    BigDecimal second = b.value().divide(b.number().firstUnit());
    return Money.whole(a.value()) && Money.whole(second) && a.value().compareTo(BigDecimal.TEN) >= 0
        && a.value().compareTo(second) < 0 && digits(a.value()) == digits(second);
  }

  /**
   * "500/700tr", "200/250tr": a bare number, a slash and a larger one in its unit are the two ends
   * a business hesitates between. Below ten in its unit it is a fraction ("1/2 tỷ" is half of one).
   */
  static boolean slashed(String between, Amount a, Amount b) {
    if (!between.equals("/") || a.number().hasUnit() || !b.number().hasUnit() || a.vague()
        || a.currency() != Amounts.Currency.NONE) {
      return false;
    }
    BigDecimal second = b.value().divide(b.number().firstUnit());
    return a.value().signum() > 0 && a.value().compareTo(second) < 0 && second.compareTo(BigDecimal.TEN) >= 0;
  }

  /** "1/2 tỷ", "2/3 kinh phí 900 triệu": a fraction of the amount, which is not the budget then. */
  static boolean fraction(String folded, Amount a, Amount b) {
    return folded.substring(a.end(), b.start()).equals("/") && !a.number().hasUnit()
        && a.currency() == Amounts.Currency.NONE && !slashed("/", a, b);
  }

  /** Two amounts read together whose reading is unsure: a stray decimal space, or a fraction. */
  static boolean unsureTogether(String folded, Amount a, Amount b) {
    return strayDecimalSpace(folded, a, b) || fraction(folded, a, b);
  }

  private static int digits(BigDecimal whole) {
    return whole.toBigInteger().toString().length();
  }

  /** What the first end stands for in units of the second's first unit; null when unsure. */
  static BigDecimal firstEnd(Amount a, Amount b) {
    BigDecimal unit = b.number().firstUnit();
    BigDecimal second = b.value().divide(unit);
    if (!Money.whole(a.value()) || !Money.whole(second) || a.value().compareTo(BigDecimal.TEN) >= 0
        || second.compareTo(BigDecimal.TEN) < 0 || a.value().signum() <= 0) {
      return a.value();
    }
    BigDecimal magnitude = BigDecimal.TEN.pow(second.toBigInteger().toString().length() - 1);
    BigDecimal shortened = a.value().multiply(magnitude);
    boolean fits = shortened.compareTo(second) < 0;
    if (magnitude.compareTo(BigDecimal.valueOf(100)) >= 0) {
      return fits ? shortened : null;
    }
    // Two digits: "5-10 triệu" can only be 5–10; "2-30 triệu" reads either way.
    return fits ? null : a.value();
  }

  /**
   * "tầm 1, 2 tỷ": one digit with a comma glued to it, a space and one digit before its unit is a
   * range to some readers and "1,2 tỷ" with a stray space to others (money34): unsure. A multiplier
   * between ("5, 6 trăm triệu") or words ("một, hai tỷ") have no decimal reading.
   */
  static boolean strayDecimalSpace(String folded, Amount a, Amount b) {
    if (!b.number().hasUnit()) {
      return false; // no unit to divide by: "1, 2.000.000đ" has no decimal reading either
    }
    BigDecimal second = b.value().divide(b.number().firstUnit());
    return folded.startsWith(", ", a.end()) && a.end() + 2 == b.start() && Character.isDigit(folded.charAt(a.start()))
        && a.end() - a.start() == 1 && b.number().leadMultiplier() == null && Money.whole(second)
        && second.compareTo(BigDecimal.TEN) < 0;
  }
}
