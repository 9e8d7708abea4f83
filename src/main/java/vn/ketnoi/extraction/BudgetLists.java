package vn.ketnoi.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Money.Span;

/**
 * "Kinh phí dự kiến gồm: thiết bị 450 triệu, lắp đặt 50 triệu, đào tạo 30 triệu": priced items
 * listed under one word of inclusion. Their sum is the budget a reader would give, and our contract
 * never computes a sum the user did not write, so an item is no budget; a total written before the
 * list ("Tổng 530 triệu, gồm …") is not in it and stays one.
 */
final class BudgetLists {
  private BudgetLists() {}

  /**
   * "gồm", "bao gồm", "gồm có": plain "gom" is also "gom" (to gather: "gom được 350 triệu"), so
   * without its marks only "bao gom", "gom co" or "gom:" open a list.
   */
  private static final Pattern OPENER = Pattern.compile("(?<![a-z])(bao gom|gom co|gom)(?![a-z])(\\s*:)?");
  /** The list runs to its sentence's end; after "gồm:" the items may stand on lines of their own. */
  private static final Pattern LIST_END = Pattern.compile("[.!?;]|\\n");
  private static final Pattern LINES_LIST_END = Pattern.compile("[.!?;]|\\n\\s*\\n");

  /** The span is one of two or more priced items of a list opened by "gồm". */
  static boolean anItem(String nfc, String folded, Span span) {
    Matcher m = OPENER.matcher(folded);
    while (m.find() && m.end() <= span.start()) {
      if (!opensList(nfc, m)) {
        continue;
      }
      int end = listEnd(folded, m);
      if (span.end() <= end && pricedItems(nfc, m.end(), end) >= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensList(String nfc, Matcher m) {
    String word = nfc.substring(m.start(1), m.end(1)).toLowerCase(java.util.Locale.ROOT);
    return !m.group(1).equals("gom") || m.group(2) != null || word.equals("gồm");
  }

  private static int listEnd(String folded, Matcher m) {
    Matcher end = (m.group(2) != null ? LINES_LIST_END : LIST_END).matcher(folded);
    int from = m.end();
    // "gồm:" at a line's end: the items start on the next line.
    while (from < folded.length() && Character.isWhitespace(folded.charAt(from))) {
      from++;
    }
    return end.find(from) ? end.start() : folded.length();
  }

  private static int pricedItems(String nfc, int from, int to) {
    int count = 0;
    for (Amount a : Amounts.in(nfc)) {
      if (a.start() >= from && a.end() <= to && a.money()) {
        count++;
      }
    }
    return count;
  }
}
