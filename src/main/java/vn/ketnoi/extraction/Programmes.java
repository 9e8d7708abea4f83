package vn.ketnoi.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public programme's own money, named as the subject of the amount: "chương trình khuyến nông
 * tỉnh năm nay tổng 15 tỷ", "chuong trinh khuyen cong quoc gia co 50 ty", "Quỹ … của tỉnh có 20 tỷ"
 * ("quý", a quarter, folds alike: with marks it must be written "quỹ"). A Vietnamese reader takes
 * it for what the programme holds, not what the business spends. "Chương trình" is also software
 * ("cần chương trình quản lý kho 30 triệu"), so a public mark must name it a programme.
 */
final class Programmes {
  private Programmes() {}

  /** "chương trình …", "đề án …", "quỹ …", then the amount in the same clause, no number between. */
  private static final Pattern PROGRAMME_BEFORE =
      Pattern.compile("(?<![a-z])(chuong trinh|de an|quy)(?![a-z])([^.;,!?:()\\n\\d]{0,60})$");
  /** What makes a programme public: who runs it, or what kind of public programme it is. */
  private static final Pattern PUBLIC =
      Pattern.compile("(?<![a-z])(tinh|nha nuoc|quoc gia|trung uong|huyen|chinh phu|ubnd|so kh|so khcn"
          + "|khuyen nong|khuyen cong|nong thon moi|muc tieu quoc gia|ocop)(?![a-z])");
  /** The business's own words in the clause make the amount its own again: "… với dự án 2 tỷ". */
  private static final Pattern OWN =
      Pattern.compile("(?<![a-z])(?:du an|ben em|ben minh|cong ty|cty|htx|doanh nghiep|chung toi|em|minh"
          + "|kinh phi|von|dau tu|can|mua|xin|de nghi|dang ky)(?![a-z])");

  /** True when the amount at {@code start} is named as a public programme's money. */
  static boolean programmesOwn(String nfc, String folded, int start) {
    Matcher m = PROGRAMME_BEFORE.matcher(folded.substring(0, start));
    if (!m.find() || OWN.matcher(m.group(2)).find()
        || m.group(1).equals("quy") && !BudgetRoles.writtenAs(nfc, m.start(1), "quỹ")) {
      return false;
    }
    Matcher mark = PUBLIC.matcher(m.group(2));
    while (mark.find()) {
      // "tỉnh" and "tính" fold alike: with marks the province must be written "tỉnh".
      if (!mark.group(1).equals("tinh") || BudgetRoles.writtenAs(nfc, m.start(2) + mark.start(1), "tỉnh")) {
        return true;
      }
    }
    return false;
  }
}
