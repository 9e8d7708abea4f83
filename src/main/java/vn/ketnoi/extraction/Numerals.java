package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.text.Fold;

/**
 * Vietnamese numbers as people write them, in digits, in words or both: "2,5", "1.500.000",
 * "ba mươi ba", "hai mươi mốt nghìn không trăm mười một", "một trăm lẻ năm", "mười lăm tỷ", "trăm
 * triệu", "hai chục triệu", "1 tỷ 500 triệu", chat shorthand "1ty2", "800tr", "850 củ", "tỷ rưỡi".
 * Words below a thousand are read by {@link NumberWords}.
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
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
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
    return spacedThousands(tokens);
  }

  /** A space between digit groups, as in "350 000 000": one space (or a no-break one) only. */
  private static final Pattern GROUP_GAP = Pattern.compile("[ \u00A0\u202F]");
  private static final Pattern GROUP_HEAD = Pattern.compile("[1-9]\\d{0,2}");

  /**
   * "350 000 000 đồng", "1 200 000 000": digits grouped by spaces are one number when groups of
   * exactly three follow, two groups or more (one group only before a currency or a unit: "1 200
   * triệu"), so "mua
   * 2 500 kg" or "3 100 200" stay separate numbers.
   */
  private static List<Token> spacedThousands(List<Token> tokens) {
    List<Token> merged = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token head = tokens.get(i);
      int k = i + 1;
      while (GROUP_HEAD.matcher(head.text()).matches() && k < tokens.size()
          && GROUP_GAP.matcher(tokens.get(k).gap()).matches() && tokens.get(k).text().matches("\\d{3}")) {
        k++;
      }
      boolean moreDigits = k < tokens.size() && tokens.get(k).gap().matches("[ \u00A0\u202F]?")
          && tokens.get(k).digits();
      int groups = k - i - 1;
      boolean currencyNext = k < tokens.size() && GROUP_GAP.matcher(tokens.get(k).gap()).matches()
          && (tokens.get(k).isAny("đ", "đồng", "vnd", "vnđ") || unitAt(tokens, k) != null);
      if (!moreDigits && (groups >= 2 || groups == 1 && currencyNext)) {
        StringBuilder digits = new StringBuilder();
        for (int g = i; g < k; g++) {
          digits.append(tokens.get(g).text());
        }
        String text = digits.toString();
        merged.add(new Token(text, text, text, head.start(), tokens.get(k - 1).end(), head.gap()));
        i = k - 1;
      } else {
        merged.add(head);
      }
    }
    return merged;
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
      Quantity q = j == i ? impliedOne(t, j) : null;
      q = q != null ? q : quantity(t, j);
      if (q != null && q.words() && q.to() < t.size() && t.get(q.to()).joined()
          && t.get(q.to()).digits()) {
        // "năm 2026", "tháng 5": a word and then digits are not one number.
        q = null;
      }
      if (q == null) {
        if (j == i && unitAt(t, j) != null && halfAfter(t, j + unitLength(t, j))) {
          // "tỷ rưỡi", "triệu rưỡi": one and a half of the unit.
          BigDecimal unit = unitAt(t, j);
          BigDecimal value = unit.multiply(new BigDecimal("1.5"));
          return new Parsed(value, i, j + unitLength(t, j) + 1, unit, unit);
        }
        Integer tenths = lastUnit == null ? null : tenthsWord(t, j);
        if (tenths != null) {
          // "một tỷ mốt" is 1,1 tỷ, "hai triệu tư" 2,4 triệu: the elided digit in its spoken form.
          BigDecimal tail = lastUnit.multiply(BigDecimal.valueOf(tenths)).divide(TEN);
          return new Parsed(total.add(tail), i, j + 1, firstUnit, lastUnit);
        }
        break;
      }
      boolean implied = q.to() == j;
      BigDecimal unit = q.to() < t.size() && (implied || t.get(q.to()).joined()) ? unitAt(t, q.to()) : null;
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
        if (counted(t, q.to()) || q.words() && !endsNumber(t, q.to())) {
          break;
        }
        BigDecimal tail = elided(q, lastUnit);
        if (tail == null) {
          return unsure(t, i, q.to(), firstUnit, lastUnit);
        }
        return new Parsed(total.add(tail), i, q.to(), firstUnit, lastUnit);
      }
      total = total.add(q.value().multiply(unit));
      lead = firstUnit == null ? q.multiplier() : lead;
      odd = false;
      firstUnit = firstUnit == null ? unit : firstUnit;
      lastUnit = unit;
      j = q.to() + unitLength(t, q.to());
      if (halfAfter(t, j)) {
        return new Parsed(total.add(unit.divide(BigDecimal.valueOf(2))), i, j + 1, firstUnit, lastUnit,
            lead);
      }
    }
    return lastUnit == null ? null : new Parsed(total, i, j, firstUnit, lastUnit, lead);
  }

  /** A number read to token {@code to} (with the unit after it) whose value is unsure. */
  private static Parsed unsure(List<Token> t, int i, int to, BigDecimal firstUnit, BigDecimal lastUnit) {
    int end = to < t.size() && t.get(to).joined() && unitAt(t, to) != null ? to + unitLength(t, to) : to;
    return new Parsed(null, i, end, firstUnit, lastUnit, null);
  }

  /**
   * "tỷ tư", "tỷ hai", "triệu mốt": a unit said first stands for one of it when its elided digit
   * follows and ends the number; a bare "tỷ" ("tính bằng tỷ") stays no number.
   */
  private static Quantity impliedOne(List<Token> t, int i) {
    BigDecimal unit = unitAt(t, i);
    int next = unit == null ? -1 : i + unitLength(t, i);
    if (unit == null || unit.compareTo(THOUSAND) < 0 || next >= t.size() || !t.get(next).joined()) {
      return null;
    }
    boolean tenths = t.get(next).isAny("mốt", "tư") && endsNumber(t, next + 1);
    Quantity digit = t.get(next).digits() ? null : NumberWords.belowThousand(t, next);
    boolean oneDigit = digit != null && digit.digitCount() == 1 && endsNumber(t, digit.to())
        && !counted(t, digit.to());
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
    return whole == null ? null : NumberWords.withDecimals(t, whole);
  }

  /** "mốt" (1) or "tư" (4) ending the number after its last unit. */
  private static Integer tenthsWord(List<Token> t, int j) {
    if (!t.get(j).joined() || !endsNumber(t, j + 1)) {
      return null;
    }
    return t.get(j).is("mốt") ? Integer.valueOf(1) : t.get(j).is("tư") ? Integer.valueOf(4) : null;
  }

  /** A word tail ends the number: "hai tỷ năm" is 2,5 tỷ, "2 tỷ năm nay" is 2 tỷ this year. */
  private static boolean endsNumber(List<Token> t, int i) {
    if (i >= t.size() || !t.get(i).joined() || !Character.isLetter(t.get(i).text().charAt(0))) {
      return true;
    }
    return t.get(i).isAny("nhé", "nha", "thôi", "ạ", "đồng", "vnđ", "vnd", "đ", "là", "cho", "để",
        "thì", "và", "hoặc", "đến", "tới", "trở", "đổ", "nhưng");
  }

  private static Quantity digitQuantity(List<Token> t, int i) {
    Token first = t.get(i);
    // A leading zero is a phone, a code or a date ("0912", "05"), never an amount; "0,5" is.
    BigDecimal value = first.text().matches("0\\d.*") ? null : number(first.text());
    if (value == null) {
      return null;
    }
    boolean integer = first.text().matches("\\d+");
    int next = i + 1;
    if (integer && value.compareTo(TEN) < 0 && next < t.size() && t.get(next).joined()) {
      if (t.get(next).is("trăm")) {
        return new Quantity(value.multiply(HUNDRED), next + 1, 3, false, HUNDRED);
      }
      if (t.get(next).is("chục")) {
        return new Quantity(value.multiply(TEN), next + 1, 2, false, TEN);
      }
    }
    int count = integer ? first.text().length() : 0;
    return new Quantity(value, next, count, false);
  }

  private static boolean joinedIs(List<Token> t, int i, String word) {
    return i < t.size() && t.get(i).joined() && t.get(i).is(word);
  }

  /** Words that count or measure things: "500 nghìn con gà", "2 triệu tấn" are not money. */
  private static final Set<String> THINGS =
      Set.of("con", "cai", "chiec", "may", "bo", "nguoi", "cong", "lao", "nhan", "ha",
          "hecta", "kg", "tan", "lit", "m", "m2", "m3", "km", "san", "sp", "hop", "chai", "goi", "tui",
          "bao", "thung", "cay", "qua", "ho", "luot", "vien", "trung", "phan", "%", "x", "lo", "me",
          "kw", "kwp", "kwh", "mw", "w", "hp", "cm", "mm", "khoa", "lop", "tram");
  /** "1 tỷ 2 năm": a number of years, months or days after an amount is not its elided digits. */
  private static final Set<String> TIMES =
      Set.of("nam", "thang", "ngay", "tuan", "gio", "lan", "dot", "vu");

  /** True when token i is a word that counts or measures what the number before it is about. */
  static boolean countsThings(List<Token> t, int i) {
    return i < t.size() && t.get(i).joined() && THINGS.contains(t.get(i).folded());
  }

  private static boolean counted(List<Token> t, int i) {
    return countsThings(t, i) || i < t.size() && t.get(i).joined() && TIMES.contains(t.get(i).folded());
  }

  private static boolean halfAfter(List<Token> t, int i) {
    // "rưởi" is the common misspelling of "rưỡi"; no other word is written so.
    return i < t.size() && t.get(i).joined() && t.get(i).isAny("rưỡi", "rưởi");
  }

  /** The value of the unit word at token i: nghìn/ngàn/k, triệu/tr/củ, tỷ/tỉ, "nghìn tỷ". */
  static BigDecimal unitAt(List<Token> t, int i) {
    if (i >= t.size()) {
      return null;
    }
    Token w = t.get(i);
    if (w.isAny("nghìn", "ngàn") || w.lower().equals("k")) {
      boolean ofBillions = i + 1 < t.size() && t.get(i + 1).joined() && t.get(i + 1).isAny("tỷ", "tỉ");
      return ofBillions ? BILLION.multiply(THOUSAND) : THOUSAND;
    }
    if (joinedIs(t, i + 1, "chứng") || joinedIs(t, i + 1, "lệ") && !oddGroupAfter(t, i + 1)) {
      // "triệu chứng" (a symptom), "tỷ lệ" (a ratio) are other words; unmarked "ty le nam muoi
      // trieu" is "tỷ lẻ" when a smaller group follows.
      return null;
    }
    if (w.isAny("triệu", "triêu", "tr") || w.text().equals("M") && w.gap().isEmpty()
        || w.is("củ") && endsNumber(t, i + 1)) {
      // "500 củ" is slang for 500 triệu; "500 củ sâm" counts tubers.
      return MILLION;
    }
    if (w.isAny("tỷ", "tỉ", "tỏi")) {
      return BILLION;
    }
    return null;
  }


  /** "le nam muoi trieu": "lẻ", then a quantity and a unit of millions or thousands. */
  private static boolean oddGroupAfter(List<Token> t, int k) {
    Quantity q = t.get(k).is("lẻ") && k + 1 < t.size() && t.get(k + 1).joined() ? quantity(t, k + 1) : null;
    BigDecimal unit = q == null || !joinedIs(t, q.to(), "triệu") && !joinedIs(t, q.to(), "nghìn")
        && !joinedIs(t, q.to(), "ngàn") ? null : unitAt(t, q.to());
    return unit != null;
  }

  static int unitLength(List<Token> t, int i) {
    boolean ofBillions = t.get(i).isAny("nghìn", "ngàn") && i + 1 < t.size() && t.get(i + 1).joined()
        && t.get(i + 1).isAny("tỷ", "tỉ");
    return ofBillions ? 2 : 1;
  }

  /**
   * "1,5" and "1.5" are decimals; "200.000" and "1.200" are thousands (a separator followed by
   * exactly three digits groups thousands, as Vietnamese writes them); "1,200,000" too.
   */
  static BigDecimal number(String text) {
    String[] parts = text.split("[.,]");
    if (parts.length == 1) {
      return new BigDecimal(text);
    }
    boolean grouped = parts[0].length() <= 3;
    for (int i = 1; i < parts.length; i++) {
      grouped &= parts[i].length() == 3;
    }
    boolean oneSeparator = text.replaceAll("[^.,]", "").chars().distinct().count() == 1;
    if (grouped && oneSeparator) {
      return new BigDecimal(String.join("", parts));
    }
    if (parts.length == 2) {
      return new BigDecimal(parts[0] + "." + parts[1]);
    }
    return null;
  }
}
