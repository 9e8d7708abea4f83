package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Numerals.Parsed;
import vn.ketnoi.extraction.Numerals.Token;
import vn.ketnoi.text.Fold;

/**
 * Every number of a text with the currency written before or after it: VND ("đ", "đồng", "VND",
 * "VNĐ", "VN$"), another currency ("USD", "$", "đô la", "200 nghìn đô", "EUR", "€", "yên", "nhân dân
 * tệ", "500K$"), or none ("50 công nhân", "2025").
 */
final class Amounts {
  private Amounts() {}

  enum Currency { VND, FOREIGN, NONE }

  /** A number of the text, tokens [from, to) with its currency words, chars [start, end). */
  record Amount(
      BigDecimal value, Currency currency, Parsed number, boolean counts, boolean vague, int start,
      int end) {
    /** Money by its unit or its currency; a bare number is not, nor "500 nghìn con gà". */
    boolean money() {
      return currency != Currency.NONE || number.hasUnit() && !counts;
    }

    /** The same amount in đồng. */
    Amount inDong() {
      return new Amount(value, Currency.VND, number, counts, vague, start, end);
    }

    /** The same amount, its value unsure. */
    Amount unsure() {
      return new Amount(value, currency, number, counts, true, start, end);
    }

    /** The same amount read for sure: the digit said before it is the other end of a range. */
    Amount withoutDoubt() {
      return new Amount(value, currency, number, counts, false, start, end);
    }

    boolean vnd() {
      return currency == Currency.VND || (currency == Currency.NONE && number.hasUnit());
    }
  }

  private static final String[] FOREIGN_AFTER = {
    "usd", "$", "€", "£", "¥", "đôla", "dollar", "dollars", "eur", "euro", "euros", "gbp", "pound",
    "pounds", "yên", "yen", "jpy", "yuan", "tệ", "ndt", "cny", "rmb", "won", "krw", "baht", "bạt",
    "thb", "sgd", "aud", "cad", "chf", "inr", "rs", "rupee", "rupees", "aed", "dirham", "xen", "xu",
    "cent", "cents", "usdt", "btc", "kip", "riel"
  };
  private static final String[] FOREIGN_BEFORE = {
    "usd", "$", "€", "£", "¥", "eur", "gbp", "jpy", "cny", "rmb", "inr", "rs", "sgd", "aud", "us"
  };

  private static final BigDecimal BEYOND_ANY_BUDGET = BigDecimal.valueOf(1_000_000_000_000_000L);

  /**
   * "ngân sách là 700" / "triệu nha", "tầm 5" / "trăm triệu": chat sends each line as it is typed,
   * so a number ending its line and a line opening with a unit written out are one amount. Only
   * triệu, tỷ, tỉ and củ (with or without marks) and "trăm" before them, in lower case: "tr", "k"
   * or a plain "ti" opening a line may be another word, and a capital opens a new line of its own
   * ("Số máy: 2" / "Tỷ giá USD: 25.000").
   */
  private static final Pattern UNIT_ON_NEXT_LINE = Pattern.compile(
      "(?<=\\d)[ \\t]*(\\r?\\n)(?=[ \\t]*(?:(?:trăm|tram)\\s+)?(?:triệu|trieu|tỷ|ty|tỉ|củ)(?![\\p{L}\\p{M}]))");

  /** The text with each such line break a space, every offset kept. */
  private static String unitsJoined(String nfc) {
    Matcher m = UNIT_ON_NEXT_LINE.matcher(nfc);
    StringBuilder joined = new StringBuilder(nfc);
    while (m.find()) {
      for (int k = m.start(1); k < m.end(1); k++) {
        joined.setCharAt(k, ' ');
      }
    }
    return joined.toString();
  }

  static List<Amount> in(String nfc) {
    List<Token> t = Numerals.tokens(unitsJoined(nfc));
    String folded = Fold.fold(nfc);
    List<Amount> result = new ArrayList<>();
    int i = 0;
    int claimed = 0;
    while (i < t.size()) {
      Parsed n = startsNumber(t, i) ? Numerals.read(t, i) : null;
      if (n == null && DigitGroups.misgrouped(t, i)) {
        // "3000.000.000 đồng": digits grouped as no number is, written as money: unsure.
        result.add(new Amount(BigDecimal.ZERO, Currency.VND, new Parsed(null, i, i + 1, null, null),
            false, true, t.get(i).start(), t.get(i + 1).end()));
        i += 2;
        claimed = i;
        continue;
      }
      if (n == null) {
        i++;
        continue;
      }
      if (n.value() == null || n.value().compareTo(BEYOND_ANY_BUDGET) > 0) {
        // "hai tỷ lẻ năm": an amount that cannot be read for sure leaves the budget empty; so does
        // "1.200.000.000 ngàn tỉ", more than the State spends in a year.
        result.add(new Amount(BigDecimal.ZERO, Currency.NONE, n, false, true, t.get(i).start(),
            t.get(n.to() - 1).end()));
        i = n.to();
        continue;
      }
      int from = n.from();
      if (!n.hasUnit() && n.to() == from + 1 && StandardCodes.numberAt(t, from)) {
        i = n.to();
        continue;
      }
      // "5 $ 25": a sign the amount before took as its currency is not this one's too.
      Currency before = from - prefixLength(t, from) < claimed ? null : currencyBefore(t, from);
      int start = before == null ? from : from - prefixLength(t, from);
      int[] to = {n.to()};
      Currency after = currencyAfter(t, n, to);
      Currency currency = after != null ? after : before != null ? before : Currency.NONE;
      if (after != null && before != null && after != before) {
        currency = Currency.FOREIGN;
      }
      boolean counts = currency == Currency.NONE && Units.countsThings(t, n.to());
      boolean vague = vague(t, start) || english(t, n.to()) || eightOrAbout(t, n)
          || t.get(n.from()).is("chục") || thousandsOfShorthand(t, n);
      Amount read = new Amount(n.value(), currency, n, counts, vague,
          t.get(start).start(), t.get(to[0] - 1).end());
      Amount inUnit = LabelUnits.unitAfter(folded, read);
      result.add(inUnit == null ? read : inUnit);
      claimed = to[0];
      // A bare number may be the first half of a range; scan on from its end either way.
      i = n.to();
      while (inUnit != null && i < t.size() && t.get(i).start() < inUnit.end()) {
        i++;
      }
    }
    return TaxRemarks.marked(folded, FullRanges.inDong(folded, t, Restatements.joined(nfc, t, result)));
  }

  /**
   * "vài trăm triệu", "hàng chục tỷ", "mấy trăm triệu" are no number; nor is a bare "chục tỷ",
   * "chục triệu" (about ten, or tens of them: "máy HPP giá chục tỷ"), unlike "hai chục triệu"; nor is "hai ba trăm triệu"
   * exactly (two to three hundred): a quantifier or a digit word right before the number ("ngân hàng 1 tỷ" is the bank).
   */
  private static boolean vague(List<Token> t, int start) {
    if (start == 0 || !t.get(start).joined()) {
      return false;
    }
    Token before = t.get(start - 1);
    // "2,3 chục tỷ": a decimal before a bare "chục" or "trăm" may be 23 or 20 to 30 of them.
    boolean decimalBefore = before.digits() && !before.text().matches("\\d+")
        && t.get(start).isAny("chục", "trăm");
    boolean bank = before.is("hàng") && start >= 2 && t.get(start - 2).is("ngân");
    return !bank && before.isAny("vài", "mấy", "dăm", "hàng", "cả", "mươi", "chục") || twoDigitsSaid(t, start)
        || decimalBefore || spokenBound(t, start);
  }

  /**
   * "non 1 tỷ" (nearly, as "ngót"), "kịch kim 1 tỷ", "kịch khung 1 tỷ" (at most), "bét nhất 500
   * triệu", "bét ra 500 triệu" (at least): spoken bounds the bound rules do not read, so the
   * amount is not the exact one.
   */
  private static boolean spokenBound(List<Token> t, int start) {
    Token before = t.get(start - 1);
    boolean second = start >= 2 && before.joined();
    return before.isAny("non", "kịch")
        || second && before.isAny("kim", "khung") && t.get(start - 2).is("kịch")
        || second && before.isAny("nhất", "ra") && t.get(start - 2).is("bét");
  }

  /**
   * "tong kinh phi tam ty 2": typed without marks, "tam" before a number is "tám" (8,2 tỷ) or
   * "tầm" (about 1,2 tỷ); when the words after it read as a number alone, both readings stand.
   */
  private static boolean eightOrAbout(List<Token> t, Parsed n) {
    Token first = t.get(n.from());
    if (!first.plain() || !first.lower().equals("tam") || n.from() + 1 >= n.to()) {
      return false;
    }
    // "tam ty 2" reads "tầm (một) tỷ 2" too: a bare unit after "tam" stands for one of it.
    int next = n.from() + 1;
    Parsed rest = startsNumber(t, next) ? Numerals.read(t, next) : null;
    return Units.unitAt(t, next) != null || rest != null && rest.value() != null && rest.value().signum() > 0;
  }

  /**
   * "tầm 5000tr", "1500 củ": a thousand or more of the chat shorthand for triệu. Whoever writes "tr"
   * or "củ" writes billions as "tỷ", so a count this large may well be a zero too many (500tr); the
   * formal "1.500 triệu đồng" of a written plan stays.
   */
  private static boolean thousandsOfShorthand(List<Token> t, Parsed n) {
    int unit = n.from() + 1;
    return t.get(n.from()).digits() && unit < n.to() && t.get(unit).isAny("tr", "củ")
        && n.value().compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0;
  }

  /** "2 million", "VND 5 billion": English number words are not read, so the amount is unsure. */
  private static boolean english(List<Token> t, int i) {
    return i < t.size() && t.get(i).joined() && t.get(i).plain()
        && t.get(i).lower().matches("(?:hundred|thousand|million|billion|trillion|mil|mln|bn)s?");
  }

  /** "hai ba trăm triệu", "năm sáu tỷ": two digits in a row, the second one more than the first. */
  private static boolean twoDigitsSaid(List<Token> t, int start) {
    Numerals.Quantity first = t.get(start - 1).digits() ? null : Numerals.quantity(t, start - 1);
    Numerals.Quantity second = t.get(start).digits() ? null : Numerals.quantity(t, start);
    if (first == null || second == null || first.digitCount() != 1 || first.to() != start) {
      return false;
    }
    int leading = second.value().toPlainString().charAt(0) - '0';
    return leading == first.value().intValue() + 1;
  }

  private static boolean startsNumber(List<Token> t, int i) {
    Token w = t.get(i);
    return w.digits() || Numerals.quantity(t, i) != null || Units.unitAt(t, i) != null;
  }

  private static Currency currencyBefore(List<Token> t, int from) {
    if (from == 0 || !t.get(from).joined()) {
      return null;
    }
    Token w = t.get(from - 1);
    // "đ300.000.000": "đ" glued to the digits after it, as "₫" is written.
    boolean dongSign = w.lower().equals("đ") && t.get(from).gap().isEmpty();
    if (w.isAny("vnd", "vnđ", "₫") || dongSign || prefixLength(t, from) == 2) {
      return Currency.VND;
    }
    return w.isAny(FOREIGN_BEFORE) ? Currency.FOREIGN : null;
  }

  /** "VN$1000" has a two-token prefix; every other currency sign one. */
  private static int prefixLength(List<Token> t, int from) {
    boolean vnDollar = from >= 2 && t.get(from - 1).is("$") && t.get(from - 1).gap().isEmpty()
        && t.get(from - 2).is("vn");
    return vnDollar ? 2 : 1;
  }

  /** The currency written after the number, moving {@code to[0]} past it. */
  private static Currency currencyAfter(List<Token> t, Parsed n, int[] to) {
    int i = n.to();
    if (i >= t.size() || !t.get(i).joined()) {
      return null;
    }
    Token w = t.get(i);
    if (signOfNext(t, i)) {
      return null;
    }
    if (w.isAny("đồng", "vnd", "vnđ", "₫") || w.lower().equals("đ")
        || w.text().equals("d") && !nextIsSlash(t, i)) {
      to[0] = i + 1 + (w.is("đồng") && joinedIs(t, i + 1, "vn") ? 1 : 0);
      return Currency.VND;
    }
    if (w.isAny(FOREIGN_AFTER) || w.lower().equals("đô")
        || w.is("đô") && !pouredBound(t, i)
            && (n.hasUnit() || joinedIs(t, i + 1, "la") || joinedIs(t, i + 1, "mỹ"))
        || w.is("nhân") && joinedIs(t, i + 1, "dân") || w.is("bảng") && joinedIs(t, i + 1, "anh")) {
      to[0] = i + 1 + currencyTail(t, i + 1);
      return Currency.FOREIGN;
    }
    return null;
  }

  /**
   * "1 ty do lai", "2 ty do len", "300tr do tro xuong": typed plain, "do" before a word of direction
   * is "đổ" (the Southern "or less" / "or more"), never "đô" (dollars); "1 ty do" alone stays "đô".
   */
  private static boolean pouredBound(List<Token> t, int i) {
    return t.get(i).plain() && i + 1 < t.size() && t.get(i + 1).joined()
        && t.get(i + 1).isAny("lại", "lên", "xuống", "trở");
  }

  /** "tầm $25,000": a sign spaced from the number before and glued to the one after is the latter's. */
  private static boolean signOfNext(List<Token> t, int i) {
    return !t.get(i).gap().isEmpty() && t.get(i).isAny(FOREIGN_BEFORE) && i + 1 < t.size()
        && t.get(i + 1).gap().isEmpty() && startsNumber(t, i + 1);
  }

  /** The words after a currency's first word that still name it: "đô la Mỹ", "nhân dân tệ". */
  private static int currencyTail(List<Token> t, int i) {
    int k = i;
    while (k < t.size() && k < i + 2 && t.get(k).joined()
        && t.get(k).isAny("la", "mỹ", "dân", "tệ", "anh", "nhật", "singapore", "úc")) {
      k++;
    }
    return k - i;
  }

  private static boolean nextIsSlash(List<Token> t, int i) {
    return i + 1 < t.size() && t.get(i + 1).text().equals("/") && t.get(i + 1).gap().isEmpty();
  }

  private static boolean joinedIs(List<Token> t, int i, String word) {
    return i < t.size() && t.get(i).joined() && t.get(i).is(word);
  }
}
