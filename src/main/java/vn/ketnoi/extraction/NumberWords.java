package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.ketnoi.extraction.Numerals.Quantity;
import vn.ketnoi.extraction.Numerals.Token;

/**
 * Numbers below a thousand in words, the part of {@link Numerals} that is Vietnamese counting:
 * "D trăm" then "lẻ/linh D" or tens; tens are "mười" plus a digit (15 "mười lăm") or "D mươi"
 * (or "D chục") plus a digit, where one is "mốt", four "tư" and five "lăm"/"nhăm" (also before
 * "mươi": "lăm mươi" is 50); "hai trăm mốt" and "trăm hai" leave out "mươi" (210, 120), but "một
 * trăm hai" (120 or 102?) is unsure. A decimal point may be said: "hai phẩy năm".
 */
final class NumberWords {
  private NumberWords() {}

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Map<String, Integer> DIGITS =
      Map.of("một", 1, "hai", 2, "ba", 3, "bốn", 4, "năm", 5, "sáu", 6, "bảy", 7, "bẩy", 7,
          "tám", 8, "chín", 9);
  /** After "mươi": 1 is "mốt", 4 "tư", 5 "lăm" or "nhăm" (and people also write the plain digits). */
  private static final Map<String, Integer> AFTER_TENS = Map.of("mốt", 1, "tư", 4, "lăm", 5, "nhăm", 5);

  /** Below a thousand in words: "ba trăm", "hai mươi mốt", "một trăm lẻ năm", "trăm", "chục". */
  static Quantity belowThousand(List<Token> t, int i) {
    Integer d = digit(t, i);
    boolean hundredsHere = d != null && joinedIs(t, i + 1, "trăm");
    boolean zeroHundreds = t.get(i).is("không") && joinedIs(t, i + 1, "trăm");
    if (hundredsHere || zeroHundreds || t.get(i).is("trăm")) {
      int hundreds = hundredsHere ? d : zeroHundreds ? 0 : 1;
      int k = t.get(i).is("trăm") ? i + 1 : i + 2;
      BigDecimal value = BigDecimal.valueOf(hundreds * 100L);
      if (k + 1 < t.size() && t.get(k).joined() && t.get(k).isAny("lẻ", "linh")
          && digit(t, k + 1) != null) {
        return new Quantity(value.add(BigDecimal.valueOf(digit(t, k + 1))), k + 2, 3, true);
      }
      if (hundredsHere && k < t.size() && t.get(k).joined() && t.get(k).digits()) {
        // "hai trăm 50 triệu" (250): words before "trăm" take the tens after it in digits, as
        // digits do ("5 trăm 50"); a bare digit after it is left for Numerals to find unsure.
        return DigitGroups.hundredsThenTens(t, value, k);
      }
      Quantity tens = k < t.size() && t.get(k).joined() ? tens(t, k) : null;
      if (tens != null && tens.digitCount() == 2) {
        return new Quantity(value.add(tens.value()), tens.to(), 3, true);
      }
      if (tens != null && !hundredsHere && !zeroHundreds) {
        // "trăm hai triệu" is 120, as "tỷ hai" is 1,2 tỷ: a unit said first, then its elided digit.
        return new Quantity(value.add(tens.value().multiply(TEN)), tens.to(), 3, true);
      }
      // "hai trăm năm triệu": one plain digit after "D trăm" is the tens with "mươi" left out (250)
      // to some readers and the ones with "lẻ" left out (205) to others; it is left for Numerals to
      // find unsure. "mốt", "tư", "lăm" below are said only for a tens digit.
      Integer spokenTens = k < t.size() && t.get(k).joined() ? spokenDigit(t, k) : null;
      if (spokenTens != null) {
        // "hai trăm mốt" is 210, "ba trăm tư" 340, "năm trăm lăm" 550: as "một trăm hai", the
        // tens digit alone, here in the form it takes after "mươi".
        return new Quantity(value.add(BigDecimal.valueOf(spokenTens * 10L)), k + 1, 3, true);
      }
      if (k < t.size() && t.get(k).joined() && t.get(k).isAny("rưỡi", "rưởi")) {
        // "ba trăm rưỡi" is 350, "trăm rưỡi" 150: half of the hundred.
        return new Quantity(value.add(BigDecimal.valueOf(50)), k + 1, 3, true);
      }
      return new Quantity(value, k, 3, true, HUNDRED);
    }
    return tens(t, i);
  }

  private static Quantity tens(List<Token> t, int i) {
    if (t.get(i).is("mười")) {
      Integer ones = onesAfterTen(t, i + 1);
      return ones == null ? new Quantity(TEN, i + 1, 2, true)
          : new Quantity(BigDecimal.valueOf(10L + ones), i + 2, 2, true);
    }
    if (t.get(i).is("chục")) {
      return new Quantity(TEN, i + 1, 2, true, TEN);
    }
    Integer d = fiveTens(t, i) ? Integer.valueOf(5) : digit(t, i);
    if (d == null) {
      return null;
    }
    if (d >= 2 && i + 1 < t.size() && t.get(i + 1).joined() && t.get(i + 1).isAny("mươi", "chục")) {
      Integer ones = onesAfterTen(t, i + 2);
      long value = d * 10L + (ones == null ? 0 : ones);
      return ones == null ? new Quantity(BigDecimal.valueOf(value), i + 2, 2, true, TEN)
          : new Quantity(BigDecimal.valueOf(value), i + 3, 2, true);
    }
    if (d >= 2 && contractedFive(t, i + 1)) {
      // "bốn lăm triệu" is 45 triệu, "hai lăm" 25: "mươi" left out before the five, as it is said.
      return new Quantity(BigDecimal.valueOf(d * 10L + 5), i + 2, 2, true);
    }
    return new Quantity(BigDecimal.valueOf(d), i + 1, 1, true);
  }

  /** "lăm" / "nhăm" right after a tens digit; unmarked "lam" ("làm") only right before its unit. */
  private static boolean contractedFive(List<Token> t, int k) {
    if (k >= t.size() || !t.get(k).joined()) {
      return false;
    }
    boolean marked = t.get(k).lower().matches("lăm|nhăm");
    boolean unitNext = k + 1 < t.size() && t.get(k + 1).joined() && Units.unitAt(t, k + 1) != null;
    return marked || t.get(k).lower().matches("lam|nham") && unitNext;
  }

  /**
   * "bốn trăm lăm mươi triệu": five said "lăm" before "mươi" too, as it is spoken in much of the
   * country. Only as written with marks: unmarked "lam muoi" is also "làm muối".
   */
  private static boolean fiveTens(List<Token> t, int i) {
    return t.get(i).lower().matches("lăm|nhăm") && i + 1 < t.size() && t.get(i + 1).joined()
        && t.get(i + 1).lower().equals("mươi");
  }

  private static Integer onesAfterTen(List<Token> t, int i) {
    if (i >= t.size() || !t.get(i).joined()) {
      return null;
    }
    for (Map.Entry<String, Integer> e : AFTER_TENS.entrySet()) {
      if (t.get(i).is(e.getKey())) {
        return e.getValue();
      }
    }
    return digit(t, i);
  }

  /**
   * "mốt", "tư", "lăm" or "nhăm" ending the number, or before its unit: unmarked "lam", "tu" are
   * also "làm", "từ", so a word after it ("hai tram lam nha xuong") leaves it out.
   */
  private static Integer spokenDigit(List<Token> t, int k) {
    int next = k + 1;
    boolean ends = next >= t.size() || !t.get(next).joined()
        || !Character.isLetter(t.get(next).text().charAt(0)) || Units.unitAt(t, next) != null;
    for (Map.Entry<String, Integer> e : AFTER_TENS.entrySet()) {
      if (ends && t.get(k).is(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** "mốt" (1) or "tư" (4) ending the number after its last unit. */
  static Integer tenthsWord(List<Token> t, int j) {
    if (!t.get(j).joined() || !Numerals.endsNumber(t, j + 1)) {
      return null;
    }
    return t.get(j).is("mốt") ? Integer.valueOf(1) : t.get(j).is("tư") ? Integer.valueOf(4) : null;
  }

  static Integer digit(List<Token> t, int i) {
    if (i >= t.size()) {
      return null;
    }
    for (Map.Entry<String, Integer> e : DIGITS.entrySet()) {
      if (t.get(i).is(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * "không phẩy tám tỷ" is 0,8 tỷ: "không" is zero only right before a decimal point said in words
   * (elsewhere it is "no"); unread, the digit after the point was read alone (8 tỷ).
   */
  static Quantity zeroBeforePoint(List<Token> t, int i) {
    boolean point = i + 1 < t.size() && t.get(i).is("không") && t.get(i + 1).joined()
        && t.get(i + 1).isAny("phẩy", "chấm");
    return point ? new Quantity(BigDecimal.ZERO, i + 1, 1, true) : null;
  }

  /** "hai phẩy năm", "2 chấm 23": the decimal point said in words, then digits or digit words. */
  static Quantity withDecimals(List<Token> t, Quantity whole) {
    int i = whole.to();
    if (i + 1 >= t.size() || !t.get(i).joined() || !t.get(i).isAny("phẩy", "chấm")
        || whole.value().stripTrailingZeros().scale() > 0) {
      return whole;
    }
    StringBuilder decimals = new StringBuilder();
    int k = i + 1;
    if (t.get(k).joined() && t.get(k).text().matches("\\d+")) {
      decimals.append(t.get(k).text());
      k++;
    } else {
      while (k < t.size() && t.get(k).joined() && digit(t, k) != null) {
        decimals.append(digit(t, k));
        k++;
      }
    }
    if (decimals.length() == 0) {
      return whole;
    }
    BigDecimal value = new BigDecimal(whole.value().toPlainString() + "." + decimals);
    return new Quantity(value, k, 0, whole.words());
  }

  private static boolean joinedIs(List<Token> t, int i, String word) {
    return i < t.size() && t.get(i).joined() && t.get(i).is(word);
  }
}
