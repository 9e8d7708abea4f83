package vn.ketnoi.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Money.Span;

/**
 * Where a formal letter's money comes from, when it leaves {@link Money}'s budget unsure: a total
 * then the business's own part ("Tổng mức đầu tư 4,2 tỷ … Vốn tự có 1,7 tỷ": careful readers
 * write either; a sum the business states after its parts, "vay 700 triệu, cộng vốn tự có 300
 * triệu, bên em tổng lo được 1 tỷ", is its own), an own share given only as a percentage ("tự đảm bảo 60%": the amount would be
 * computed), and a budget the writer says is not settled yet ("chưa xác định kinh phí", "kinh phí
 * sẽ cân đối sau", "nằm trong tổng vốn dự án, chưa tách riêng"), and options of a form with
 * boxes to tick, whatever amounts stand nearby.
 */
final class BudgetSources {
  private BudgetSources() {}

  private static final Pattern TOTAL_BEFORE =
      Pattern.compile("(?<![a-z])tong(?: (?:muc dau tu|kinh phi|von|du toan|cong|gia tri|chi phi|so))?(?![a-z])"
          + "[^.;!?\\n\\d]{0,40}$");
  /** The business's own part, named: "vốn tự có", "vốn đối ứng", "vốn của Công ty", "HTX tự bỏ". */
  private static final Pattern OWN_PART_BEFORE =
      Pattern.compile("(?<![a-z])(?:von tu co|tu co|doi ung|tu bo|tu chi|tu lo|tu dam bao|von cua (?:cong ty|cty"
          + "|htx|doanh nghiep|co so)|kinh phi (?:cua )?(?:doanh nghiep|cong ty|htx|co so) tu)(?![a-z])[^.;!?\\n\\d]{0,40}$");
  /** "tự đảm bảo 60%", "đối ứng 50%": an own share as a percentage ... */
  private static final Pattern OWN_PERCENT =
      Pattern.compile("(?<![a-z])(?:tu dam bao|doi ung|tu co|tu lo|tu chi|tu bo|tu chiu|chiu)(?: [a-z]+){0,2}?"
          + " (?:la )?\\d+(?:[.,]\\d+)? ?(?:%|phan tram)");
  /** ... unless the amount follows it as its equivalent: "đối ứng 50% (tương đương 600 triệu)". */
  private static final int EQUIVALENT_REACH = 40;
  /** The budget left for later: "chưa xác định kinh phí", "đánh giá trước rồi mới quyết kinh phí". */
  private static final Pattern DEFERRED =
      Pattern.compile("(?<![a-z])(?:(?:chua|khong) (?:xac dinh|tinh duoc|tinh|du tinh duoc|ro|tach rieng|tach)"
          + "(?: (?:ro|cu the|duoc))? (?:kinh phi|ngan sach|chi phi|so tien|muc dau tu|muc kinh phi)"
          + "|(?:kinh phi|ngan sach|chi phi|muc dau tu)(?: [a-z]+){0,4}?:? (?:se (?:bao cao|can doi|tinh|xac dinh"
          + "|thong bao|gui)|chua (?:xac dinh|tach rieng|ro|co))|chua tach rieng|(?:roi|xong) moi (?:quyet|chot|tinh|xac dinh) (?:kinh phi|ngan sach|chi phi))(?![a-z])");
  /**
   * The writer says its own amount for this is not known yet, whatever figures stand beside it:
   * "Tiền thì em chưa có con số.", "phần tưới … thì chưa có ngân sách, mong Sở …", "kinh phí mua
   * máy thì bên em chưa tính được ạ", "trích một phần từ quỹ này, chưa rõ bao nhiêu", "riêng máy
   * sấy phun thì chưa biết giá" (the figure beside it is for something else). Only where
   * the words end their clause: "chưa có kinh phí nhiều, chỉ có 50 triệu" names its amount.
   */
  private static final Pattern NOT_KNOWN =
      Pattern.compile("(?<![a-z])(?:chua (?:co|xac dinh|ro) (?:ngan sach|kinh phi|con so|so tien)|chua ro (?:la )?bao nhieu|chua (?:biet|ro|co) gia"
          + "|(?:kinh phi|ngan sach|chi phi|so tien|tien)(?: [a-z]+){0,8}? chua (?:tinh duoc|tinh ra|co con so))"
          + "\\s*(?:(?:a|nhe|dau|ca)\\s*)?(?:[.,;!?\\n]|$)");
  /**
   * "Nguồn vốn: kinh phí nhiệm vụ KH&CN cấp tỉnh": money from a public task or programme is not the
   * business's own, so the price beside it is no budget.
   */
  private static final Pattern PUBLIC_SOURCE =
      Pattern.compile("(?<![a-z])nguon von\\s*:?(?:\\s*[a-z&]+){0,4}?\\s*(?:nhiem vu|de tai|ngan sach nha nuoc"
          + "|ngan sach tinh|chuong trinh|von nha nuoc)(?![a-z])");

  /**
   * "[ ] Dưới 500 triệu  [x] 500 triệu - 1 tỷ  [ ] Trên 1 tỷ": a survey form's options, ticked or
   * not; which one the mark belongs to (before or after it) the rules do not read, so an empty box
   * in the message leaves the budget unsure.
   */
  private static final Pattern EMPTY_BOX = Pattern.compile("\\[\\s*\\]|\\(\\s*\\)|[☐□❑❏]");

  /** True when the message's sources leave the chosen budget unsure. */
  static boolean unsure(String folded, List<Span> budgets, Span budget) {
    return DEFERRED.matcher(folded).find() || NOT_KNOWN.matcher(folded).find()
        || PUBLIC_SOURCE.matcher(folded).find() || EMPTY_BOX.matcher(folded).find() || ownShareInPercent(folded, budget)
        || totalBesideOwnPart(folded, budgets, budget);
  }

  private static boolean ownShareInPercent(String folded, Span budget) {
    Matcher share = OWN_PERCENT.matcher(folded);
    while (share.find()) {
      boolean stated = share.end() <= budget.start() && budget.start() - share.end() <= EQUIVALENT_REACH;
      if (!stated) {
        return true;
      }
    }
    return false;
  }

  private static boolean totalBesideOwnPart(String folded, List<Span> budgets, Span budget) {
    if (!TOTAL_BEFORE.matcher(folded.substring(BudgetRoles.sentenceStart(folded, budget.start()), budget.start())).find()) {
      return false;
    }
    for (Span o : budgets) {
      if (o.start() >= budget.end() && !o.unsure() && !o.foreign()
          && OWN_PART_BEFORE.matcher(folded.substring(BudgetRoles.sentenceStart(folded, o.start()), o.start())).find()) {
        return true;
      }
    }
    return false;
  }
}
