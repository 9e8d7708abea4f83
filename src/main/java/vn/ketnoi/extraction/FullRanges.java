package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Amounts.Currency;
import vn.ketnoi.extraction.Numerals.Token;

/**
 * "Kinh phí 800.000.000 - 1.000.000.000", "từ 500.000.000 đến 700.000.000": two numbers written in
 * full, each a million or more with no unit, joined as a range, are a range in đồng, as one of them
 * with "đồng" after it is. Only the first was read (after the budget word), as the exact amount.
 */
final class FullRanges {
  private FullRanges() {}

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final Pattern LINK = Pattern.compile("\\s*(?:-|–|—|~|den|toi|->)\\s*");

  /** The amounts, with both ends of each such range in đồng. */
  static List<Amount> inDong(String folded, List<Token> t, List<Amount> amounts) {
    List<Amount> result = new ArrayList<>(amounts);
    for (int k = 0; k + 1 < result.size(); k++) {
      Amount a = result.get(k);
      Amount b = result.get(k + 1);
      if (inFull(t, a) && inFull(t, b) && LINK.matcher(folded.substring(a.end(), b.start())).matches()) {
        result.set(k, a.inDong());
        result.set(k + 1, b.inDong());
      }
    }
    return result;
  }

  /** A bare number in digits, a million or more: "800.000.000", "1 000 000 000". */
  static boolean inFull(List<Token> t, Amount a) {
    return a.currency() == Currency.NONE && !a.vague() && !a.counts() && !a.number().hasUnit()
        && t.get(a.number().from()).digits() && a.value().compareTo(MILLION) >= 0 && Money.whole(a.value());
  }
}
