package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Amounts.Currency;

/**
 * "Kinh phí dự kiến (triệu đồng): 750", "Tổng vốn đầu tư (tỷ đồng): 2,4", "(tr.đ): 1.200", "Dự
 * toán (VND): 600,000,000", "Tổng cộng (nghìn đồng): 2.350.000": in a form the budget label gives the unit, in brackets, of the bare
 * number after it.
 */
final class LabelUnits {
  private LabelUnits() {}

  private static final Pattern LABEL =
      Pattern.compile("(?<![a-z])(?:kinh phi|ngan sach|chi phi|von dau tu|tong von|tong muc dau tu"
          + "|muc dau tu|du tru|du toan|so tien|kha nang tai chinh|tong cong)(?: [a-z]+){0,4}\\s*\\("
          + "\\s*(?:(nghin|ngan|trieu|tr|ty|ti)\\.?\\s*)?(?:dong|vnd|d)\\s*\\)\\s*[:=]?\\s*$");
  /** "Kinh phí (đồng): 350.000.000": a label in plain đồng is read only for a number written in full. */
  private static final BigDecimal FULL = BigDecimal.valueOf(1_000_000);

  /**
   * "Kinh phí tối thiểu: 500 triệu", "Ngân sách (tối đa): 1 tỷ", "Vốn đầu tư không quá: 2 tỷ": a
   * bound word closing a budget label on its line bounds the label's amount.
   */
  private static final Pattern BOUND_LABEL =
      Pattern.compile("(?<![a-z])(?:kinh phi|ngan sach|chi phi|von dau tu|von|tong von|tong muc dau tu|muc dau tu"
          + "|du tru|du toan|kha nang tai chinh)(?: [a-z]+){0,3}?\\s*\\(?\\s*((?:toi thieu|toi da|it nhat"
          + "|nhieu nhat|khong qua|khong vuot qua|khong duoi|duoi|tren))\\s*\\)?"
          + "(?:\\s*\\(\\s*(?:nghin|ngan|trieu|ty|ti)\\s*(?:dong|vnd|d)\\s*\\))?\\s*[:=]\\s*$");

  /**
   * The text before an amount, with the colon and brackets after a bound word closing its form
   * label blanked, so the bound word is right before the amount (the length is kept).
   */
  static String boundOfLabel(String before) {
    Matcher m = BOUND_LABEL.matcher(before);
    return m.find() ? before.substring(0, m.end(1)) + " ".repeat(before.length() - m.end(1)) : before;
  }

  /** The bare number in the label's unit, in VND; null when no such label is right before it. */
  static Amount scaled(String folded, Amount a) {
    if (a.currency() != Currency.NONE || a.number().hasUnit() || a.vague()) {
      return null;
    }
    Matcher m = LABEL.matcher(folded.substring(0, a.start()));
    if (!m.find()) {
      return null;
    }
    long unit = unitOf(m.group(1));
    if (a.number().to() == a.number().from() + 1
        && DigitGroups.eitherMark(folded.substring(a.start(), a.end()), BigDecimal.valueOf(unit))) {
      // "(triệu đồng): 1,500", "(tỷ đồng): 1.200": the decimal or thousands, as before a unit word.
      return null;
    }
    BigDecimal value = a.value().multiply(BigDecimal.valueOf(unit));
    // "Kinh phí (đồng): 350", "Kinh phí (nghìn đồng): 450" (450.000 đ for an industrial dryer):
    // under a million đồng is no technology's budget; the writer slipped on the unit, which one is
    // unsure.
    return value.compareTo(FULL) < 0 ? null
        : new Amount(value, Currency.VND, a.number(), false, false, a.start(), a.end());
  }

  /** A unit of account: "nghìn đồng", "1.000 VNĐ", "triệu đồng", "đồng". */
  private static final String UNIT = "(?:(nghin|ngan|trieu|tr|ty|ti|1[.,]?000|1[.,]000[.,]000)\\.?\\s*)?(?:dong|vnd|d)";
  /** "ĐVT:", "Đơn vị tính:" before the unit a form's bare numbers are in. */
  private static final String STATED = "(?:dvt|don vi tinh)\\s*[:=]?\\s*";
  /**
   * "1.250.000 (nghìn đồng)", "350.000.000 (đồng)", "500.000 (đơn vị tính: 1.000 VNĐ)": the unit in
   * brackets right after a bare number.
   */
  private static final Pattern UNIT_AFTER =
      Pattern.compile("^\\s*\\(\\s*(?:" + STATED + ")?" + UNIT + "\\s*\\)");

  /**
   * The bare number {@code a} in the unit in brackets after it, in VND, the brackets included;
   * unsure under a million đồng ("450 (nghìn đồng)"), as a label's unit; null with no such unit.
   */
  static Amount unitAfter(String folded, Amount a) {
    if (a.currency() != Currency.NONE || a.number().hasUnit() || a.vague() || a.counts()) {
      return null;
    }
    Matcher after = UNIT_AFTER.matcher(folded.substring(a.end()));
    return after.find() ? inUnit(a, after.group(1), a.end() + after.end()) : null;
  }

  /** The bare number {@code a} in {@code unit}, unsure under a million đồng. */
  private static Amount inUnit(Amount a, String unit, int end) {
    BigDecimal value = a.value().multiply(BigDecimal.valueOf(unitOf(unit)));
    boolean slipped = value.compareTo(FULL) < 0;
    return new Amount(slipped ? BigDecimal.ZERO : value, Currency.VND, a.number(), false, slipped,
        a.start(), end);
  }

  private static long unitOf(String word) {
    return word == null ? 1L : switch (word) {
      case "nghin", "ngan", "1.000", "1,000", "1000" -> 1_000L;
      case "trieu", "tr", "1.000.000", "1,000,000" -> 1_000_000L;
      default -> 1_000_000_000L;
    };
  }
}
