package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.ketnoi.extraction.Numerals.Quantity;
import vn.ketnoi.extraction.Numerals.Token;

/**
 * The words around a quantity in {@link Numerals}: its unit (nghìn/ngàn/k, triệu/tr/củ, tỷ/tỉ,
 * "nghìn tỷ"), "rưỡi" after it, and the words that say it counts things or time, not money.
 */
final class Units {
  private Units() {}

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

  static boolean joinedIs(List<Token> t, int i, String word) {
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
    return i < t.size() && t.get(i).joined() && THINGS.contains(t.get(i).folded()) && !shareOfMoney(t, i);
  }

  /** "120 triệu phần đối ứng", "500 triệu phần còn lại": "phần" names a share of the money there. */
  private static boolean shareOfMoney(List<Token> t, int i) {
    return t.get(i).is("phần") && i + 1 < t.size() && t.get(i + 1).joined()
        && t.get(i + 1).isAny("đối", "còn", "vốn", "góp", "tự");
  }

  static boolean counted(List<Token> t, int i) {
    return countsThings(t, i) || i < t.size() && t.get(i).joined() && TIMES.contains(t.get(i).folded());
  }

  /**
   * "2 tỷ lẻ", "1 tỷ mấy", "1 tỷ hơn", "2 tỷ có lẻ", "1 tỷ mấy trăm triệu": after a unit, a word
   * ending the number, or "mấy" / "vài" before a place, say it is more by a part left unsaid (2 tỷ
   * to one reader, at least 2 tỷ to another).
   */
  static boolean oddPartUnsaid(List<Token> t, int j) {
    if (!t.get(j).joined()) {
      return false;
    }
    int odd = t.get(j).is("có") && joinedIs(t, j + 1, "lẻ") ? j + 1 : j;
    boolean ending = t.get(odd).isAny("lẻ", "linh", "mấy", "hơn", "ngoài") && Numerals.endsNumber(t, odd + 1);
    boolean somePlace = t.get(j).isAny("mấy", "vài", "dăm") && j + 1 < t.size() && t.get(j + 1).joined()
        && (t.get(j + 1).isAny("trăm", "chục", "mươi") || unitAt(t, j + 1) != null);
    return ending || somePlace;
  }

  /**
   * Only a group of thousands read so far, then hundreds of a larger unit: "một nghìn bảy trăm năm
   * mươi triệu", "1 nghìn 500 triệu" are thousands of that unit (1.750, 1.500 triệu), as a formal
   * writer spells out an amount over a tỷ in triệu.
   */
  static boolean thousandsOf(BigDecimal firstUnit, BigDecimal lastUnit, Quantity q, BigDecimal unit) {
    return THOUSAND.equals(firstUnit) && THOUSAND.equals(lastUnit) && unit.compareTo(THOUSAND) > 0
        && q.digitCount() == 3;
  }

  static boolean halfAfter(List<Token> t, int i) {
    // "rưởi" is the common misspelling of "rưỡi"; no other word is written so.
    return i < t.size() && t.get(i).joined() && t.get(i).isAny("rưỡi", "rưởi");
  }

  /** "350 củ mới đủ", "20 củ rồi": an adverb or particle, never the thing a classifier counts. */
  private static boolean adverbAfter(List<Token> t, int i) {
    return i < t.size() && t.get(i).joined()
        && t.get(i).isAny("mới", "rồi", "mà", "nên", "cũng", "luôn", "thui", "vậy", "được", "đc", "hết");
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
    // "5 triu", "5 trịu": triệu as the South says it, typed by sound.
    if (w.isAny("triệu", "triêu", "tr", "trđ", "triu", "trịu") || slipOf(w, "trieu", 'j') || slipOf(w, "tr", 'r')
        || w.text().equals("M") && w.gap().isEmpty() || latinBeforeDong(t, i, "m")
        || w.is("củ") && (Numerals.endsNumber(t, i + 1) || adverbAfter(t, i + 1))) {
      // "500 củ" is slang for 500 triệu; "500 củ sâm" counts tubers.
      return MILLION;
    }
    // "tỏi" is no unit: slang for tỷ to some readers, unknown to others (two outside labellers of
    // round 11 read "tầm 2 tỏi", "chac 1 toi" as no amount), and typed plain it is "tới" or "tôi".
    // "Công ty Nam Á", "cong ty tu chi": "ty" after "công" is the company, never "tỷ năm" (1,5 tỷ).
    return (w.isAny("tỷ", "tỉ") && !(i > 0 && w.joined() && t.get(i - 1).is("công"))) || slipOf(w, "ty", 'r') || slipOf(w, "ti", 'r') || latinBeforeDong(t, i, "b")
        ? BILLION : null;
  }

  /**
   * "700m VND", "2B VND": the English shorthand for million or billion glued to the digits, read
   * only with "VND" written right after it, in English as the shorthand is; alone "2B" is a block
   * or a model, "700m" metres (and "700m đồng" may be 700 metres of copper).
   */
  private static boolean latinBeforeDong(List<Token> t, int i, String letter) {
    return t.get(i).lower().equals(letter) && t.get(i).gap().isEmpty() && i > 0 && t.get(i - 1).digits()
        && i + 1 < t.size() && t.get(i + 1).joined() && t.get(i + 1).isAny("vnd", "vnđ");
  }

  /**
   * "500 trieuj", "2 tyr": a unit typed plain with the Telex key of its own tone left after it (the
   * mark was never applied: j for triệu, r for tỷ / tỉ), or with its last letter doubled ("50
   * trieuu", "800trr"). Neither spelling is any other word.
   */
  private static boolean slipOf(Token w, String plain, char toneKey) {
    String typed = w.lower();
    return w.plain() && (typed.equals(plain + toneKey) || typed.equals(plain + plain.charAt(plain.length() - 1)));
  }

  /** "le nam muoi trieu": "lẻ", then a quantity and a unit of millions or thousands. */
  private static boolean oddGroupAfter(List<Token> t, int k) {
    Quantity q = t.get(k).is("lẻ") && k + 1 < t.size() && t.get(k + 1).joined() ? Numerals.quantity(t, k + 1) : null;
    BigDecimal unit = q == null || !joinedIs(t, q.to(), "triệu") && !joinedIs(t, q.to(), "nghìn")
        && !joinedIs(t, q.to(), "ngàn") ? null : unitAt(t, q.to());
    return unit != null;
  }

  static int unitLength(List<Token> t, int i) {
    boolean ofBillions = t.get(i).isAny("nghìn", "ngàn") && i + 1 < t.size() && t.get(i + 1).joined()
        && t.get(i + 1).isAny("tỷ", "tỉ");
    return ofBillions ? 2 : 1;
  }
}
