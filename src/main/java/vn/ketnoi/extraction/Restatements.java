package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Amounts.Currency;
import vn.ketnoi.extraction.Numerals.Token;
import vn.ketnoi.text.Fold;

/**
 * "999.000.000 đồng (chín trăm chín mươi chín triệu đồng)", "Ba trăm triệu đồng (300.000.000đ)",
 * "275.500.000 — hai trăm bảy mươi lăm triệu năm trăm nghìn đồng": a formal writer states the
 * amount in digits and again in words ("bằng chữ"). The two are one amount, not two of the same
 * standing; when they disagree ("80.000.000đ (Tám triệu đồng)") no reader can tell which is meant.
 */
final class Restatements {
  private Restatements() {}

  /** An opening bracket, "bằng chữ" optional, between the two writings. */
  private static final Pattern BRACKET = Pattern.compile("\\s*\\(\\s*(?:(?:viet )?bang chu\\s*:?\\s*)?");
  /** "500.000.000 đồng. Bằng chữ: Năm trăm triệu đồng": the words named as the amount's. */
  private static final Pattern IN_WORDS = Pattern.compile("\\s*[.,;]?\\s*(?:viet )?bang chu\\s*:?\\s*");
  /** A dash between them: a range too ("500 triệu - một tỷ"), so only agreeing writings join. */
  private static final Pattern DASH = Pattern.compile("\\s*[—–-]\\s*");
  /** The bracket closing, after "chẵn" (even) or a clerk's "./." if written. */
  private static final Pattern CLOSE = Pattern.compile("^\\s*(?:chan)?\\s*[./]*\\s*\\)");
  private static final Pattern CLAUSE_END = Pattern.compile("^\\s*(?:$|[;,.)\\n])");

  /** The amounts with each restatement joined to the amount it restates. */
  static List<Amount> joined(String nfc, List<Token> t, List<Amount> amounts) {
    String folded = Fold.fold(nfc);
    List<Amount> result = new ArrayList<>();
    for (int k = 0; k < amounts.size(); k++) {
      Amount a = amounts.get(k);
      Amount b = k + 1 < amounts.size() ? amounts.get(k + 1) : null;
      Amount one = b == null || !otherWriting(t, a, b) ? null : restated(folded, t, a, b);
      result.add(one == null ? a : one);
      k += one == null ? 0 : 1;
    }
    return result;
  }

  /** One in digits, the other in words, neither in another currency, the second money. */
  private static boolean otherWriting(List<Token> t, Amount a, Amount b) {
    boolean digitsFirst = t.get(a.number().from()).digits();
    return b.start() >= a.end() && digitsFirst != t.get(b.number().from()).digits() && b.money()
        && a.currency() != Currency.FOREIGN && b.currency() != Currency.FOREIGN;
  }

  /** The one amount {@code a} and {@code b} state, an unsure one, or null when b is no restatement. */
  private static Amount restated(String folded, List<Token> t, Amount a, Amount b) {
    String between = folded.substring(a.end(), b.start());
    String after = folded.substring(b.end());
    boolean bracket = BRACKET.matcher(between).matches() && CLOSE.matcher(after).find();
    boolean named = IN_WORDS.matcher(between).matches();
    boolean dash = DASH.matcher(between).matches() && CLAUSE_END.matcher(after).find();
    if (!bracket && !named && !dash) {
      return null;
    }
    int end = bracket ? b.end() + after.indexOf(')') + 1 : b.end();
    // "80.000.000 d (bang chu: tam muoi trieu dong)": words unsure alone ("tam": tám or tầm?) are
    // settled by the digits they agree with.
    boolean agree = !a.vague() && a.value().compareTo(b.value()) == 0;
    if (agree) {
      return new Amount(a.value(), Currency.VND, a.number(), false, false, a.start(), end);
    }
    // A short bare number disagreeing with words after it may be no amount at all ("Mã hồ sơ 2025
    // (hai tỷ)"); an amount in money, or digits written in full ("500.000.000 (năm mươi triệu
    // đồng)"), that its words contradict is unsure.
    return (bracket || named) && (a.money() || a.vague() || FullRanges.inFull(t, a))
        ? new Amount(a.value(), Currency.VND, a.number(), false, true, a.start(), end) : null;
  }
}
