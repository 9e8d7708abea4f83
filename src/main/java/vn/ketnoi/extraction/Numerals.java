package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.text.Fold;

/**
 * Vietnamese numbers as people write them, in digits, in words or both: "2,5", "1.500.000",
 * "ba mươi ba", "hai mươi mốt nghìn không trăm mười một", "một trăm lẻ năm", "mười lăm tỷ", "trăm
 * triệu", "hai chục triệu", "1 tỷ 500 triệu", chat shorthand "1ty2", "800tr", "850 củ", "tỷ rưỡi".
 * Words below a thousand are read by {@link NumberWords}, the unit words by {@link Units}, digit
 * groups by {@link DigitGroups}.
 *
 * <p>The grammar: a number is groups of a quantity below a thousand (or digits) each followed by a
 * unit smaller than the one before (tỷ, triệu, nghìn); after the last unit "rưỡi" adds half of it,
 * and a bare quantity is its leading digits elided ("1 tỷ 2" is 1 tỷ 200 triệu, "2 tỷ 500" is 2 tỷ
 * 500 triệu). A word written with marks must be the numeral itself ("tầm" is not "tám"); without
 * marks the folded form counts.
 */
public final class Numerals {
  private Numerals() {}

  /** A word, a number in digits or a sign, with its offsets and what separates it from the last. */
  public record Token(String text, String lower, String folded, int start, int end, String gap) {
    boolean digits() {
      return Character.isDigit(text.charAt(0));
    }

    boolean plain() {
      return lower.equals(folded);
    }

    /** The word {@code marked} (as Vietnamese writes it), typed with its marks or without any. */
    boolean is(String marked) {
      return lower.equals(marked) || (plain() && folded.equals(Fold.fold(marked)));
    }

    boolean isAny(String... marked) {
      for (String m : marked) {
        if (is(m)) {
          return true;
        }
      }
      return false;
    }

    /** Only spaces between this token and the one before: they may belong to one number. */
    boolean joined() {
      return gap.isBlank() && gap.indexOf('\n') < 0;
    }
  }

  /** A number read from tokens [from, to): its value and how it was written. */
  public record Parsed(
      BigDecimal value, int from, int to, BigDecimal firstUnit, BigDecimal lastUnit,
      BigDecimal leadMultiplier) {
    Parsed(BigDecimal value, int from, int to, BigDecimal firstUnit, BigDecimal lastUnit) {
      this(value, from, to, firstUnit, lastUnit, null);
    }

    boolean hasUnit() {
      return lastUnit != null;
    }
  }

  private static final Pattern TOKEN =
      Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}\\p{M}]+|[$€£¥₫%~\\-–—/<>≤≥+]");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The tokens of a text (NFC); words are matched by {@link Token#is}. */
  public static List<Token> tokens(String nfc) {
    String folded = Fold.fold(nfc);
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(nfc);
    int last = 0;
    while (m.find()) {
      String text = m.group();
      tokens.add(new Token(text, text.toLowerCase(Locale.ROOT), folded.substring(m.start(), m.end()),
          m.start(), m.end(), nfc.substring(last, m.start())));
      last = m.end();
    }
    return DigitGroups.joinSpaced(tokens);
  }

  /**
   * The longest number starting at token {@code i}, or null. Null too when the number is
   * ambiguous: "2 tỷ 50" may be 2,05 or 2,5 tỷ.
   */
  public static Parsed parse(List<Token> t, int i) {
    Parsed read = read(t, i);
    return read == null || read.value() == null ? null : read;
  }

  /**
   * As {@link #parse}, but a number that cannot be read for sure ("2 tỷ 50", "hai tỷ lẻ năm") is
   * kept, with a null value and its tokens, so no smaller number is read from inside it.
   */
  static Parsed read(List<Token> t, int i) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal firstUnit = null;
    BigDecimal lastUnit = null;
    BigDecimal lead = null;
    int j = i;
    boolean odd = false;
    while (j < t.size() && (j == i || t.get(j).joined())) {
      if (lastUnit != null && t.get(j).isAny("lẻ", "linh") && j + 1 < t.size() && t.get(j + 1).joined()
          && quantity(t, j + 1) != null) {
        // "hai tỷ lẻ năm mươi triệu": "lẻ" says the next group skips a place (2,05 tỷ).
        odd = true;
        j++;
      }
      if (lastUnit != null && Units.oddPartUnsaid(t, j)) {
        // "2 tỷ lẻ", "3 triệu mấy": more than the groups said, by a part not said.
        return unsure(t, i, j + 1, firstUnit, lastUnit);
      }
      Quantity q = j == i ? impliedOne(t, j) : null;
      q = q != null ? q : quantity(t, j);
      q = q == null && lastUnit != null ? DigitGroups.zeroLed(t, j) : q;
      if (q == null && lastUnit != null && DigitGroups.shortZeroLed(t.get(j))
          || q != null && DigitGroups.bareDigitAfterHundreds(t, q)) {
        // "2 tỷ 05" (2,05 or 2,5 tỷ?), "5 trăm 5 triệu" (505 or 550?): unsure.
        int past = q == null ? j + 1 : q.to() + (t.get(q.to()).isAny("lẻ", "linh") ? 2 : 1);
        return unsure(t, i, past, firstUnit, lastUnit);
      }
      if (q != null && q.words() && q.to() < t.size() && t.get(q.to()).joined()
          && t.get(q.to()).digits()) {
        // "năm 2026", "tháng 5": a word and then digits are not one number.
        q = null;
      }
      if (q == null) {
        if (j == i && Units.unitAt(t, j) != null && Units.halfAfter(t, j + Units.unitLength(t, j))) {
          // "tỷ rưỡi", "triệu rưỡi": one and a half of the unit.
          BigDecimal unit = Units.unitAt(t, j);
          BigDecimal value = unit.multiply(new BigDecimal("1.5"));
          return new Parsed(value, i, j + Units.unitLength(t, j) + 1, unit, unit);
        }
        Integer tenths = lastUnit == null ? null : NumberWords.tenthsWord(t, j);
        if (tenths != null) {
          // "một tỷ mốt" is 1,1 tỷ, "hai triệu tư" 2,4 triệu: the elided digit in its spoken form.
          BigDecimal tail = lastUnit.multiply(BigDecimal.valueOf(tenths)).divide(TEN);
          return new Parsed(total.add(tail), i, j + 1, firstUnit, lastUnit);
        }
        break;
      }
      boolean implied = q.to() == j;
      BigDecimal unit = q.to() < t.size() && (implied || t.get(q.to()).joined())
          ? Units.unitAt(t, q.to()) : null;
      if (unit != null && DigitGroups.eitherMark(t.get(j).text(), unit)) {
        return unsure(t, i, q.to(), unit, unit);
      }
      if (unit != null && Units.thousandsOf(firstUnit, lastUnit, q, unit)) {
        // "một nghìn bảy trăm năm mươi triệu" is 1.750 triệu: thousands of the larger unit after.
        total = total.add(q.value()).multiply(unit);
        firstUnit = lastUnit = unit;
        lead = null;
        j = q.to() + Units.unitLength(t, q.to());
        continue;
      }
      if (unit != null && lastUnit != null && unit.compareTo(lastUnit) >= 0) {
        if (odd) {
          return unsure(t, i, q.to(), firstUnit, lastUnit);
        }
        break;
      }
      if (odd && q.value().compareTo(HUNDRED) >= 0) {
        // "lẻ" stands for the hundreds left out: "hai tỷ lẻ năm trăm triệu" is unsure.
        return unsure(t, i, q.to(), firstUnit, lastUnit);
      }
      if (odd && unit == null) {
        // "một nghìn lẻ năm" is 1005; "hai tỷ lẻ năm" says no place: unsure.
        return lastUnit.compareTo(THOUSAND) == 0
            ? new Parsed(total.add(q.value()), i, q.to(), firstUnit, lastUnit, lead)
            : unsure(t, i, q.to(), firstUnit, lastUnit);
      }
      if (unit == null) {
        if (lastUnit == null) {
          return new Parsed(q.value(), i, q.to(), null, null);
        }
        if (Units.counted(t, q.to()) || q.words() && !endsNumber(t, q.to())) {
          break;
        }
        BigDecimal tail = elided(q, lastUnit);
        if (tail == null || q.to() < t.size() && Units.oddPartUnsaid(t, q.to())) {
          // "2 tỷ 50" (2,05 or 2,5?); "1 tỷ 2 lẻ", more than 1,2 tỷ by a part unsaid.
          return unsure(t, i, tail == null ? q.to() : q.to() + 1, firstUnit, lastUnit);
        }
        return new Parsed(total.add(tail), i, q.to(), firstUnit, lastUnit);
      }
      total = total.add(q.value().multiply(unit));
      lead = firstUnit == null ? q.multiplier() : lead;
      odd = false;
      firstUnit = firstUnit == null ? unit : firstUnit;
      lastUnit = unit;
      j = q.to() + Units.unitLength(t, q.to());
      if (Units.halfAfter(t, j)) {
        return new Parsed(total.add(unit.divide(BigDecimal.valueOf(2))), i, j + 1, firstUnit, lastUnit,
            lead);
      }
    }
    return lastUnit == null ? null : new Parsed(total, i, j, firstUnit, lastUnit, lead);
  }

  /** A number read to token {@code to} (with the unit after it) whose value is unsure. */
  private static Parsed unsure(List<Token> t, int i, int to, BigDecimal firstUnit, BigDecimal lastUnit) {
    boolean unitAfter = to < t.size() && t.get(to).joined() && Units.unitAt(t, to) != null;
    int end = unitAfter ? to + Units.unitLength(t, to) : to;
    return new Parsed(null, i, end, firstUnit, lastUnit, null);
  }

  /**
   * "tỷ tư", "tỷ hai", "triệu mốt": a unit said first stands for one of it when its elided digit
   * follows and ends the number; a bare "tỷ" ("tính bằng tỷ") stays no number.
   */
  private static Quantity impliedOne(List<Token> t, int i) {
    // Only the unit written out: "tr 2" may be a page, "k" or "củ" alone is no amount.
    BigDecimal unit = t.get(i).isAny("tỷ", "tỉ", "triệu", "nghìn", "ngàn") ? Units.unitAt(t, i) : null;
    int next = unit == null ? -1 : i + Units.unitLength(t, i);
    if (unit == null || unit.compareTo(THOUSAND) < 0 || next >= t.size() || !t.get(next).joined()) {
      return null;
    }
    boolean tenths = t.get(next).isAny("mốt", "tư") && endsNumber(t, next + 1);
    Quantity digit = t.get(next).digits() ? null : NumberWords.belowThousand(t, next);
    boolean oneDigit = digit != null && digit.digitCount() == 1 && endsNumber(t, digit.to())
        && !Units.counted(t, digit.to());
    return tenths || oneDigit ? new Quantity(BigDecimal.ONE, i, 1, true) : null;
  }

  /** A quantity before a unit, or the whole number; {@code digitCount} is how it was written. */
  record Quantity(BigDecimal value, int to, int digitCount, boolean words, BigDecimal multiplier) {
    Quantity(BigDecimal value, int to, int digitCount, boolean words) {
      this(value, to, digitCount, words, null);
    }
  }

  /**
   * The quantity left after the last unit, read as that unit's elided lower digits: one digit is
   * tenths ("1 tỷ 2", "một tỷ hai"), three digits thousandths ("2 tỷ 500", "1 tỷ hai trăm"). Two
   * digits are ambiguous ("2 tỷ 50"): null.
   */
  private static BigDecimal elided(Quantity q, BigDecimal unit) {
    if (unit.compareTo(THOUSAND) < 0) {
      return null;
    }
    if (q.digitCount() == 1) {
      return q.value().multiply(unit).divide(TEN);
    }
    if (q.digitCount() == 3) {
      return q.value().multiply(unit).divide(THOUSAND);
    }
    return null;
  }

  static Quantity quantity(List<Token> t, int i) {
    Token first = t.get(i);
    if (first.isAny("nửa")) {
      return new Quantity(new BigDecimal("0.5"), i + 1, 0, true);
    }
    Quantity whole = first.digits() ? digitQuantity(t, i) : NumberWords.belowThousand(t, i);
    whole = whole == null ? NumberWords.zeroBeforePoint(t, i) : whole;
    return whole == null ? null : NumberWords.withDecimals(t, whole);
  }

  /** A word tail ends the number: "hai tỷ năm" is 2,5 tỷ, "2 tỷ năm nay" is 2 tỷ this year. */
  static boolean endsNumber(List<Token> t, int i) {
    return i >= t.size() || !t.get(i).joined() || !Character.isLetter(t.get(i).text().charAt(0))
        || NumberTails.endsAt(t, i);
  }

  private static Quantity digitQuantity(List<Token> t, int i) {
    Token first = t.get(i);
    // A leading zero is a phone, a code or a date ("0912", "05"), never an amount; "0,5" is.
    BigDecimal value = first.text().matches("0\\d.*") ? null : DigitGroups.number(first.text());
    if (value == null) {
      return null;
    }
    boolean integer = first.text().matches("\\d+");
    int next = i + 1;
    if (integer && value.compareTo(TEN) < 0 && next < t.size() && t.get(next).joined()) {
      if (t.get(next).is("trăm")) {
        return DigitGroups.hundredsThenTens(t, value.multiply(HUNDRED), next + 1);
      }
      if (t.get(next).is("chục")) {
        return new Quantity(value.multiply(TEN), next + 1, 2, false, TEN);
      }
    }
    int count = integer ? first.text().length() : 0;
    return new Quantity(value, next, count, false);
  }

}
