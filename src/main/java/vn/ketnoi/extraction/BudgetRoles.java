package vn.ketnoi.extraction;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Money.Span;

/**
 * Whose amount an amount of {@link Money} is: what the business owns or already spent and what a
 * programme gives are not its budget; of several, what it has or can spend wins over a price.
 */
final class BudgetRoles {
  private BudgetRoles() {}

  /**
   * What the business already owns or spent ("3 máy cũ trị giá 200 triệu", "đã đầu tư 5 tỷ nhà
   * xưởng") is not what it will spend.
   */
  private static final Pattern OWNED_BEFORE =
      Pattern.compile("(?<![a-z])(?:(?:da co|dang co|hien co|co san|so huu|da mua|da trang bi|cu)(?![a-z])"
          + "[^.;!?]{0,40}(?:tri gia|gia tri)|da dau tu|da chi|da bo ra)[^.;!?\\d]{0,25}$");
  /** "chương trình hỗ trợ tới 1 tỷ": what a programme gives is not the business's budget. */
  private static final Pattern PROGRAMME_BEFORE =
      Pattern.compile("(?<![a-z])(?:chuong trinh|quy|nha nuoc|de an|nhiem vu|so kh|so khcn|so)(?![a-z])"
          + "[^.;!?]{0,40}(?:ho tro|tai tro|cap|cho vay)(?: (?:toi da|toi|den|len toi|len den|khoang"
          + "|tam|muc|la|den muc))*\\s*$");
  private static final Pattern SUPPORT_BEFORE =
      Pattern.compile("(?<![a-z])(?:ho tro|tai tro|cho vay)(?: (?:toi da|toi|den|len toi|len den"
          + "|khoang|tam|muc|la))*\\s*$");
  private static final Pattern ASKS_AFTER =
      Pattern.compile("^[^.!?\\n]*(?:\\?|(?<![a-z])(?:khong|ko|chua|phai khong|dung khong|duoc khong)"
          + "\\s*[.!]*\\s*(?:$|\\n))");
  /** "bên em chỉ có 600 triệu": what the business has or can spend is its budget, over a price. */
  private static final Pattern CAPACITY_BEFORE =
      Pattern.compile("(?<![a-z])(?:chi co|chi du|lo duoc|xoay duoc|co the chi|co the bo ra|bo ra"
          + "|kha nang (?:chi|tai chinh|dau tu)|du suc|chi tra duoc|chi dap ung duoc"
          + "|(?:em|toi|minh|ben em|ben minh|chung toi|chung em|cty|cong ty|htx) (?:hien |moi )?co(?: san)?)"
          + "(?: (?:khoang|tam|chung|duoc|co|von))*\\s*$");
  private static final Pattern BUDGET_WORDS =
      Pattern.compile(
          "(?<![a-z])(kinh phi|ngan sach|chi phi|dau tu|du tru|du kien|von|tam|khoang|tong muc|gia"
              + "|tri gia)[^.;!?]{0,30}$");
  /** What the business will spend, as against a price: "giá 1 tỷ, kinh phí 800 triệu". */
  private static final Pattern SPENDING_WORDS =
      Pattern.compile("(?<![a-z])(kinh phi|ngan sach|du tru|von dau tu|tong muc dau tu)[^.;!?]{0,30}$");

  /** Not the business's budget: what it owns or spent, or what a programme gives. */
  static boolean ownedOrOffered(String folded, Span s) {
    return OWNED_BEFORE.matcher(folded.substring(0, s.start())).find() || offered(folded, s);
  }

  /**
   * Which of several amounts is the budget: what the business has or can spend, then one a budget
   * word ("kinh phí", "ngân sách") introduces, then one after a price or "khoảng", then the first.
   * Only the words since the amount before count: "kinh phí 1 tỷ, máy sấy 500 triệu".
   */
  static int rank(String folded, List<Span> budgets, int k) {
    int from = k == 0 ? 0 : budgets.get(k - 1).end();
    String before = folded.substring(from, budgets.get(k).start());
    if (CAPACITY_BEFORE.matcher(before).find()) {
      return 3;
    }
    return SPENDING_WORDS.matcher(before).find() ? 2 : BUDGET_WORDS.matcher(before).find() ? 1 : 0;
  }

  /** A programme's amount, or support asked about ("hỗ trợ tới 1 tỷ đúng không?"). */
  private static boolean offered(String folded, Span s) {
    String before = folded.substring(0, s.start());
    return PROGRAMME_BEFORE.matcher(before).find()
        || SUPPORT_BEFORE.matcher(before).find() && ASKS_AFTER.matcher(folded.substring(s.end())).find();
  }

  /**
   * "cần máy sấy 500 triệu và máy đóng gói 300 triệu": another amount of the same standing and a
   * different value leaves it unclear which is the budget, so none is (a miss, not a wrong number).
   */
  static boolean rivalled(String folded, List<Span> budgets, int chosen, Span budget) {
    int standing = rank(folded, budgets, chosen);
    for (int k = 0; k < budgets.size(); k++) {
      Span o = budgets.get(k);
      boolean partOfBudget = o.start() >= budget.start() && o.end() <= budget.end();
      boolean same = Objects.equals(o.min(), budget.min()) && Objects.equals(o.max(), budget.max());
      if (!partOfBudget && !same && !o.foreign() && !o.unsure() && rank(folded, budgets, k) == standing) {
        return true;
      }
    }
    return false;
  }
}
