package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Numerals.Token;

/** Numbers written in digits: separators for thousands and decimals, digit groups split by spaces. */
final class DigitGroups {
  private DigitGroups() {}

  /** A space between digit groups, as in "350 000 000": one space (or a no-break one) only. */
  private static final Pattern GROUP_GAP = Pattern.compile("[ \u00A0\u202F]");
  private static final Pattern GROUP_HEAD = Pattern.compile("[1-9]\\d{0,2}");

  /**
   * "350 000 000 đồng", "1 200 000 000": digits grouped by spaces are one number when groups of
   * exactly three follow, two groups or more (one group only before a currency or a unit: "1 200
   * triệu"), so "mua 2 500 kg" or "1 200 45" stay separate numbers.
   */
  static List<Token> joinSpaced(List<Token> tokens) {
    List<Token> merged = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token head = tokens.get(i);
      if (strayGap(tokens, i)) {
        // "1. 200 triệu": kept as one token no number reads, so "200 triệu" is not read alone.
        Token group = tokens.get(i + 1);
        String text = head.text() + group.gap() + group.text();
        merged.add(new Token(text, text, text, head.start(), group.end(), head.gap()));
        i++;
        continue;
      }
      int k = i + 1;
      while (GROUP_HEAD.matcher(head.text()).matches() && k < tokens.size()
          && GROUP_GAP.matcher(tokens.get(k).gap()).matches() && tokens.get(k).text().matches("\\d{3}")) {
        k++;
      }
      boolean moreDigits = k < tokens.size() && tokens.get(k).gap().matches("[ \u00A0\u202F]?")
          && tokens.get(k).digits();
      int groups = k - i - 1;
      boolean currencyNext = k < tokens.size() && GROUP_GAP.matcher(tokens.get(k).gap()).matches()
          && (tokens.get(k).isAny("đ", "đồng", "vnd", "vnđ") || Units.unitAt(tokens, k) != null);
      boolean unitNext = k < tokens.size() && Units.unitAt(tokens, k) != null;
      if (!moreDigits && groups == 1 && unitNext && head.text().length() == 3) {
        // "700 800 triệu" is no 700 800 triệu (700 tỷ) but a range said aloud: kept apart, for
        // ShortRanges to read side by side; one that is no range either ("900 800 triệu") is unsure.
        Token group = tokens.get(k - 1);
        if (head.text().compareTo(group.text()) < 0) {
          merged.add(head);
        } else {
          String text = head.text() + group.gap() + group.text();
          merged.add(new Token(text, text, text, head.start(), group.end(), head.gap()));
          i++;
        }
        continue;
      }
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
   * "1. 200 triệu": a dot and a space between a short head and three digits is 1.200 with a stray
   * space to some readers and a list number "1." to others; neither reading is sure. A comma and a
   * space stay a list ("2, 500").
   */
  private static boolean strayGap(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && GROUP_HEAD.matcher(tokens.get(i).text()).matches()
        && tokens.get(i + 1).gap().equals(". ") && tokens.get(i + 1).text().matches("\\d{3}");
  }

  /** "250.000.000,00", "1,200,000.00": thousands grouped one way and zero cents the other, as ledgers print. */
  private static final Pattern ZERO_CENTS =
      Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+,00|[1-9]\\d{0,2}(?:,\\d{3})+\\.00");
  private static final Pattern COMMA_GROUP = Pattern.compile("[1-9]\\d{0,2},\\d{3}");
  private static final Pattern DOT_GROUP = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * "1,250 triệu", "1,500 tỷ": one comma before three digits is thousands in English writing and a
   * decimal in Vietnamese; before any unit both readings stand and the amount is unsure (round 11
   * read the decimal before "tỷ", as a thousand tỷ is no business's budget; money30's labeller
   * reads "1,500 tỷ" either way). "1.250 tỷ" is thousands of tỷ in Vietnamese writing and 1,25 tỷ
   * to a writer with the English decimal point, so it is unsure too; "1.500 triệu" is the formal
   * way to write 1,5 tỷ and reads.
   */
  static boolean eitherMark(String digits, BigDecimal unit) {
    return COMMA_GROUP.matcher(digits).matches()
        || unit.compareTo(BILLION) >= 0 && DOT_GROUP.matcher(digits).matches();
  }

  /**
   * "1 tỷ 050 triệu", "2 tỷ 050": after a unit, three digits led by a zero are the next group in
   * full (1,05 tỷ; 2,05 tỷ), as accountants write it; alone, a leading zero stays a phone or a code,
   * and so does one with more digit groups after it ("1 tỷ 091 234 567").
   */
  static Numerals.Quantity zeroLed(List<Token> t, int j) {
    boolean group = t.get(j).joined() && t.get(j).text().matches("0\\d\\d");
    boolean moreDigits = j + 1 < t.size() && t.get(j + 1).joined() && t.get(j + 1).digits();
    return group && !moreDigits ? new Numerals.Quantity(new BigDecimal(t.get(j).text()), j + 1, 3, false) : null;
  }

  /** "2 tỷ 05": two digits led by a zero after a unit, 2,05 or 2,5 tỷ to different readers. */
  static boolean shortZeroLed(Token token) {
    return token.joined() && token.text().matches("0\\d?");
  }

  /**
   * "5 trăm 50 triệu" (550), "1 trăm 2 chục triệu" (120): a digit before "trăm" takes the tens
   * after it, in digits ("50", "2 chục") or words ("năm mươi"), as the words "năm trăm năm mươi" do.
   */
  static Numerals.Quantity hundredsThenTens(List<Token> t, BigDecimal hundreds, int k) {
    Numerals.Quantity tens = k < t.size() && t.get(k).joined() ? tensAt(t, k) : null;
    if (tens != null && tens.digitCount() == 2 && tens.value().compareTo(HUNDRED) < 0) {
      return new Numerals.Quantity(hundreds.add(tens.value()), tens.to(), 3, false);
    }
    Numerals.Quantity odd = k + 1 < t.size() && t.get(k).joined() && t.get(k).isAny("lẻ", "linh")
        && t.get(k + 1).joined() ? oneDigit(t, k + 1) : null;
    if (odd != null) {
      // "1 trăm linh 5 triệu" is 105 triệu, as the words "một trăm linh năm" are; it read 5 triệu.
      return new Numerals.Quantity(hundreds.add(odd.value()), odd.to(), 3, false);
    }
    if (Units.halfAfter(t, k)) {
      // "2 trăm rưỡi triệu" is 250 triệu, as the words "hai trăm rưỡi" are.
      return new Numerals.Quantity(hundreds.add(BigDecimal.valueOf(50)), k + 1, 3, false);
    }
    return new Numerals.Quantity(hundreds, k, 3, false, HUNDRED);
  }

  /** One digit, "5" or "năm", at token k. */
  private static Numerals.Quantity oneDigit(List<Token> t, int k) {
    Integer word = t.get(k).digits() ? null : NumberWords.digit(t, k);
    if (t.get(k).text().matches("[1-9]") || word != null) {
      return new Numerals.Quantity(word == null ? new BigDecimal(t.get(k).text()) : BigDecimal.valueOf(word), k + 1, 1, false);
    }
    return null;
  }

  private static Numerals.Quantity tensAt(List<Token> t, int k) {
    String text = t.get(k).text();
    if (text.matches("[1-9]") && k + 1 < t.size() && t.get(k + 1).joined() && t.get(k + 1).is("chục")) {
      return new Numerals.Quantity(new BigDecimal(text).multiply(BigDecimal.TEN), k + 2, 2, false);
    }
    if (text.matches("[1-9]\\d")) {
      return new Numerals.Quantity(new BigDecimal(text), k + 1, 2, false);
    }
    return t.get(k).digits() ? null : NumberWords.belowThousand(t, k);
  }

  /**
   * "5 trăm 5 triệu", "hai trăm năm triệu": one bare digit, in digits or a word, after "trăm" is
   * the tens to some (550, 250) and the ones to others (505, 205); no reading is sure.
   */
  static boolean bareDigitAfterHundreds(List<Token> t, Numerals.Quantity q) {
    int k = q.to();
    boolean odd = k + 1 < t.size() && t.get(k).joined() && t.get(k).isAny("lẻ", "linh") && t.get(k + 1).joined()
        && t.get(k + 1).digits();
    // "3 trăm lẻ 50 triệu": "lẻ" says a place is skipped, and then more than one digit: unsure.
    return HUNDRED.equals(q.multiplier()) && k < t.size() && t.get(k).joined()
        && (t.get(k).text().matches("\\d") || NumberWords.digit(t, k) != null || odd);
  }

  /**
   * "3000.000.000 đồng", "1.2.000 triệu": digits with separators that group as no number does,
   * followed by a currency or a unit: money written with a slip, its value unsure.
   */
  static boolean misgrouped(List<Token> t, int i) {
    String text = t.get(i).text();
    boolean money = i + 1 < t.size() && t.get(i + 1).joined()
        && (t.get(i + 1).isAny("đồng", "vnd", "vnđ") || t.get(i + 1).lower().equals("đ")
            || Units.unitAt(t, i + 1) != null);
    return money && text.matches("[1-9]\\d*(?:[.,]\\d+|[ \u00A0\u202F]\\d{3})+") && number(text) == null;
  }

  /**
   * "1,5" and "1.5" are decimals; "200.000" and "1.200" are thousands (a separator followed by
   * exactly three digits groups thousands, as Vietnamese writes them); "1,200,000" too.
   */
  static BigDecimal number(String text) {
    if (ZERO_CENTS.matcher(text).matches()) {
      return number(text.substring(0, text.length() - 3));
    }
    String[] parts = text.split("[.,]");
    if (!text.matches("[\\d.,]+")) {
      return null;
    }
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
    if (parts.length == 2 && (parts[1].length() <= 3 || text.indexOf('.') < 0)) {
      // "1.5000 triệu": four digits after a dot (the thousands mark in Vietnamese) are a group
      // mistyped (1.500 or 15.000?); after the decimal comma they are a decimal ("1,6215 tỷ").
      return new BigDecimal(parts[0] + "." + parts[1]);
    }
    return null;
  }
}
