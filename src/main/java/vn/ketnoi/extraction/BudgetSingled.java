package vn.ketnoi.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Money.Span;

/**
 * The part singled out for the need: "tổng vốn nhà máy 15 tỷ, riêng dây chuyền chưng cất cần
 * khoảng 3 tỷ", "vay ngân hàng 3 tỷ để mở rộng, riêng phần dây chuyền đóng lon dự chi 800 triệu".
 * Outside labellers stored the amount after "riêng", and the amounts before it are the whole it
 * belongs to, not rivals (unless the business says it spends one of them). A price named there ("riêng máy sấy giá 500 triệu") is no such part.
 */
final class BudgetSingled {
  private BudgetSingled() {}

  /** "riêng" opening a clause: not "sầu riêng" (durian) or "dành riêng" (set aside). */
  private static final Pattern SINGLED = Pattern.compile(
      "(?:^|[,;:.(\\n]\\s*)(?:(?:con|nhung|va|the|ma)\\s+)*rieng(?![a-z])([^.!?;\\n]{0,100})$");
  private static final Pattern PRICE = Cues.words("gia|bao gia|chao gia|bao|ben ban|nha cung cap");

  /** What the business itself says it means to spend: "bên em tính 2 tỷ rưỡi", "có thể bố trí". */
  private static final Pattern OWN_PLAN = Pattern.compile(
      "(?<![a-z])(?:(?:em|minh|toi|chung toi|cty|cong ty|htx|nha em)\\s+(?:du )?tinh|bo tri)(?![a-z])[^.;!?]{0,20}$");
  /** "riêng phần cải tạo nhà xưởng khoảng 1,5 tỷ sẽ làm sau": a part put off is not the need now. */
  private static final Pattern PUT_OFF = Pattern.compile("^[^.;!?\\n]{0,20}(?<![a-z])(?:se )?(?:lam|tinh|tinh toan|de) sau(?![a-z])");

  /**
   * The one budget after "riêng" in its sentence, with every other amount of the text ({@code all})
   * before the "riêng"; or null.
   */
  static Span part(String folded, List<Span> all, List<Span> budgets) {
    for (Span part : budgets) {
      Matcher singled = SINGLED.matcher(folded.substring(0, part.start()));
      if (singled.find() && !part.foreign() && !part.unsure() && !PRICE.matcher(singled.group(1)).find()
          && !PUT_OFF.matcher(folded.substring(part.end())).find()
          && onlyOneAfter(folded, all, part, singled.start())) {
        return part;
      }
    }
    return null;
  }

  /**
   * Every other amount comes before "riêng" and is no money the business says it has or spends: "bên
   * em tính 2 tỷ rưỡi cho cả 2 hạng mục … Riêng khuôn chắc 800tr" budgets both items.
   */
  private static boolean onlyOneAfter(String folded, List<Span> all, Span part, int singledAt) {
    for (int o = 0; o < all.size(); o++) {
      Span other = all.get(o);
      if (other.start() != part.start() && (other.end() > singledAt || BudgetRoles.rank(folded, all, o) >= 3
          || OWN_PLAN.matcher(folded.substring(0, other.start())).find())) {
        return false;
      }
    }
    return true;
  }
}
