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
  /**
   * "Chi phí dự kiến: máy nghiền 300 triệu, lắp đặt 20 triệu", "Ngân sách 2 hạng mục: khí y tế 3
   * tỷ, phần mềm 400 triệu": a budget label, then things each with its price, is a list too.
   */
  private static final Pattern LABEL_OPENER =
      Pattern.compile("(?<![a-z])(?:kinh phi|chi phi|ngan sach|du toan|von dau tu)(?: [a-z0-9]+){0,3}\\s*(:)");
  /** A thing's name before its price: a few words, after a comma, a semicolon or a bullet. */
  private static final Pattern ITEM_NAME =
      Pattern.compile("^\\s*(?:[-+•*]|\\d+[.)])?\\s*[a-z]+(?: [a-z]+){0,5}\\s*[:=]?\\s*$");
  /**
   * What makes an amount a party's money, a bound or a quote, not a thing's price: "công ty thu xếp
   * được 2 tỷ", "báo giá 3 tỷ", "khoảng 300 triệu, tối đa 400 triệu" are no list of items.
   */
  private static final Pattern NOT_AN_ITEM =
      Pattern.compile("(?<![a-z])(?:cong ty|cty|htx|ben|em|minh|toi|chung toi|don vi|doanh nghiep|so|nha nuoc"
          + "|ho tro|doi ung|von|vay|tu co|bao gia|chao gia|gia|tong|con lai|trong do|duoc|dc|khoang|tam|chung"
          + "|toi da|toi thieu|it nhat|nhieu nhat|duoi|tren|hon|tu|den|toi|du kien|uoc|co the|neu|thi|la"
          + "|phuong an|hoac|nhung|ma|can|moi)(?![a-z])");
  /**
   * "em 300 triệu, anh 300 triệu", "Sở 200 triệu, HTX 300 triệu": each amount right after whose it
   * is, the money split between parties with no total written; which one, or their sum, is the
   * budget is not said.
   */
  private static final Pattern PARTY_ONLY =
      Pattern.compile("^\\s*(?:em|anh|chi|bo|me|ong|ba|chu|bac|minh|toi|ben (?:em|minh|kia|ban)|doi tac|htx|cong ty"
          + "|cty|so|tinh|ngan hang|nha dau tu)(?: (?:trai|gai|ay|ho))?\\s*(?:gop|bo|co|chiu|lo)?\\s*:?\\s*$");
  private static final Pattern PART_SEPARATOR = Pattern.compile("[,;:\\n]|(?<![a-z])va(?![a-z])");
  /** What follows a price up to the next item: "đồng", "/bộ", then a comma, a semicolon, a line. */
  private static final Pattern PRICE_REST = Pattern.compile("^[^,;\\n]*[,;\\n]");
  /** The list runs to its sentence's end ("450.000.000" holds no stop); after "gồm:" over lines. */
  private static final Pattern LIST_END = Pattern.compile("\\.(?!\\d)|[!?]|\\n");
  private static final Pattern LINES_LIST_END = Pattern.compile("\\.(?!\\d)|[!?]|\\n\\s*\\n");

  /** The span is one of two or more priced items of a list opened by "gồm" or a budget label. */
  static boolean anItem(String nfc, String folded, Span span) {
    return inListOpenedBy(nfc, folded, span) || inLabelList(nfc, folded, span) || splitByParties(nfc, folded, span);
  }

  /** The span is one of two or more amounts in its sentence, each after a party's name alone. */
  private static boolean splitByParties(String nfc, String folded, Span span) {
    int from = BudgetRoles.sentenceStart(folded, span.start());
    Matcher stop = LIST_END.matcher(folded);
    int to = stop.find(span.end()) ? stop.start() : folded.length();
    int parties = 0;
    boolean spanIsOne = false;
    for (Amount a : Amounts.in(nfc)) {
      if (a.start() < from || a.end() > to || !a.money()) {
        continue;
      }
      String before = folded.substring(from, a.start());
      Matcher sep = PART_SEPARATOR.matcher(before);
      int last = -1;
      while (sep.find()) {
        last = sep.end();
      }
      if (last >= 0 && PARTY_ONLY.matcher(before.substring(last)).matches()) {
        parties++;
        spanIsOne |= a.start() >= span.start() && a.end() <= span.end();
      }
    }
    return parties >= 2 && spanIsOne;
  }

  private static boolean inListOpenedBy(String nfc, String folded, Span span) {
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

  private static boolean inLabelList(String nfc, String folded, Span span) {
    Matcher m = LABEL_OPENER.matcher(folded);
    while (m.find() && m.end() <= span.start()) {
      Matcher stop = LIST_END.matcher(folded);
      int end = stop.find(m.end()) ? stop.start() : folded.length();
      if (span.end() <= end && namedItemsOnly(nfc, folded, m.end(), end)) {
        return true;
      }
    }
    return false;
  }

  /** Two or more money amounts in [from, to), each right after a thing's name and nothing else. */
  private static boolean namedItemsOnly(String nfc, String folded, int from, int to) {
    int count = 0;
    int since = from;
    for (Amount a : Amounts.in(nfc)) {
      if (a.start() < from || a.end() > to || !a.money()) {
        continue;
      }
      String name = folded.substring(since, a.start());
      if (!ITEM_NAME.matcher(name).matches() || NOT_AN_ITEM.matcher(name).find()) {
        return false;
      }
      count++;
      Matcher next = PRICE_REST.matcher(folded.substring(a.end(), to));
      since = next.find() ? a.end() + next.end() : to;
    }
    return count >= 2;
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
