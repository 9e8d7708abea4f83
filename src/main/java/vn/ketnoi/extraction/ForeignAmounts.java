package vn.ketnoi.extraction;

import vn.ketnoi.text.Fold;

/**
 * An amount in another currency as the business wrote it ("50k USD", "$25,000", "3 triệu yên"):
 * the card holds VND only, so the conversation quotes it back and asks for the amount in đồng.
 * The currencies are those {@link Amounts} knows.
 */
public final class ForeignAmounts {
  private ForeignAmounts() {}

  /** The first foreign amount of the text, as written, or null. */
  public static String first(String text) {
    String nfc = Fold.nfc(text);
    for (Amounts.Amount a : Amounts.in(nfc)) {
      if (a.currency() == Amounts.Currency.FOREIGN) {
        return nfc.substring(a.start(), a.end());
      }
    }
    return null;
  }
}
