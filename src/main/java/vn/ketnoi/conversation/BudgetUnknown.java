package vn.ketnoi.conversation;

import java.util.regex.Pattern;
import vn.ketnoi.text.Fold;

/**
 * "chưa biết bao nhiêu, tùy giá máy", "chưa có con số": the business says it has no budget yet. It
 * asks nothing (its "bao nhiêu" is no question) and a card may go without a budget, so the bot says
 * that is fine and goes on where it was.
 */
final class BudgetUnknown {
  private BudgetUnknown() {}

  private static final Pattern SAID =
      Pattern.compile("(?<![a-z])(?:(?:chua|khong|ko|k) (?:biet|ro|tinh|tinh duoc|xac dinh|co|du tinh)(?: duoc)?"
          + " (?:bao nhieu|gia|kinh phi|ngan sach|so tien|con so|muc nao)|tuy (?:gia|bao gia|gia may)"
          + "|chua co (?:kinh phi|ngan sach|con so|du tinh|du kien))(?![a-z])");

  /** "tùy giá máy thì Sở hỗ trợ bao nhiêu?" still asks: a question mark or a word of asking wins. */
  private static final Pattern ASKS = Pattern.compile("\\?|(?<![a-z])(?:hoi|ho tro)(?![a-z])");

  static boolean said(String text) {
    String folded = Fold.fold(Fold.nfc(text));
    return SAID.matcher(folded).find() && !ASKS.matcher(folded).find();
  }
}
