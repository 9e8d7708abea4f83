package vn.ketnoi.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.BudgetDoubts.Message;
import vn.ketnoi.extraction.Money.Span;

/**
 * Borrowed money is the bank's, not the business's own (the labelling rule every outside table was
 * written to): "dự định vay 2 tỷ để mua máy", "vay ngân hàng thêm một tỷ", "hạn mức tín dụng 5
 * tỷ", "giá trị hợp đồng thuê tài chính 2,8 tỷ". Such an amount is never the budget. An amount
 * beside a loan still to be taken is unsure: "đã có 250 triệu, vay thêm 150 triệu" was labelled the
 * total by one outside labeller and the own part by another, "dự kiến dùng 3 tỷ" of a credit line
 * is the loan's use, "nếu không vay được thì … 500 triệu" a fallback. A loan already held, or said
 * before money named the business's own ("Quỹ cho vay 1 tỷ, bên em góp thêm 800tr"), or any loan
 * beside money named own beyond doubt ("tự có 200 triệu, vay thêm 300 triệu"), leaves it.
 */
final class BudgetLoans {
  private BudgetLoans() {}

  /** A loan named at most three words before the amount. */
  private static final Pattern LOAN_BEFORE =
      Pattern.compile("(?<![a-z])(vay|han muc|tin dung|thue tai chinh|tra gop|hop dong thue|leasing)(?![a-z])"
          + "(?:\\s+[a-z]+){0,3}\\s*[:=]?\\s*$");
  /**
   * "vậy" (so) folds like "vay": with marks it is told by them; typed plain, "vay" before a budget
   * word or a particle is "vậy" ("vay kinh phi tam 300 trieu", "nhu vay tong la 500 trieu").
   */
  private static final Pattern SO_AFTER =
      Pattern.compile("^vay\\s+(?:thi|la|kinh phi|ngan sach|tong|nhe|nha|a|ha|thoi|chac|khoang|tam)(?![a-z])");
  /** "không vay", "chưa cần vay", "lãi vay": no loan taken for it. */
  private static final Pattern NOT_A_LOAN =
      Pattern.compile("(?<![a-z])(?:khong|ko|chua|khoi|lai)(?:\\s+(?:can|phai))?\\s+vay(?![a-z])");
  /** Money named the business's own before the amount, beside a loan before it. */
  private static final Pattern OWN_BEFORE =
      Cues.words("co san|gop(?: them)?|lo duoc|lo dc"
          + "|(?:e|em|minh|toi|tui|ben em|ben minh|cong ty|cty|htx|co so|chung toi) (?:da |hien |chi )?co");
  /**
   * Money named own in words no reader takes for a total, beside a loan after it too: "tự có 200
   * triệu, tính vay thêm 300 triệu nữa" (two outside labellers: the 200). "Đã có 250 triệu, vay thêm
   * 150 triệu" was the 400 to one and the 250 to another.
   */
  private static final Pattern STRICTLY_OWN_BEFORE =
      Cues.words("tu co|von nha|tien nha|doi ung|tu bo|tu lo|tu chi|von rieng");
  /** A loan already taken: "đã vay", "đang vay", "mới vay", "cho vay 300tr rồi". */
  private static final Pattern HELD_BEFORE =
      Pattern.compile("(?<![a-z])(?:da|dang|moi|tung|truoc day|nam ngoai|da duoc|nam 20\\d\\d)"
          + "(?:\\s+[a-z]+){0,4}\\s+(?:vay|tin dung|tra gop)(?![a-z])");
  private static final Pattern HELD_AFTER =
      Pattern.compile("^\\s*(?:dong|vnd)?\\s*(?:roi|tu nam|hoi|nam ngoai)(?![a-z])");
  /**
   * "nếu không vay được thì … 500 triệu": the amount is what is left if the loan fails ("nếu không
   * đủ thì vay thêm", "nếu vay được thì lên 1 tỷ" leave the amount as it is).
   */
  private static final Pattern HANGS_ON_A_LOAN =
      Pattern.compile("(?<![a-z])(?:neu )?(?:khong|ko|chua) vay (?:duoc|dc)(?![a-z])");

  /** True when the amount is a loan, a credit line or a lease. */
  static boolean borrowed(String nfc, String folded, int start) {
    int from = Math.max(0, start - 60);
    String before = folded.substring(from, start);
    Matcher loan = LOAN_BEFORE.matcher(before);
    if (!loan.find() || NOT_A_LOAN.matcher(before).find()) {
      return false;
    }
    int cue = from + loan.start(1);
    return !loan.group(1).equals("vay")
        || BudgetRoles.writtenAs(nfc, cue, "vay") && !SO_AFTER.matcher(before.substring(loan.start(1))).find();
  }

  /** True when the budget's sentence holds a loan still to be taken, or hangs on one. */
  static boolean besideALoan(Message m, Span budget, String window) {
    String folded = m.folded();
    int sentence = m.sentenceIndex(budget.start());
    if (HANGS_ON_A_LOAN.matcher(m.sentenceAround(budget.start(), budget.end())).find()) {
      return true;
    }
    if (STRICTLY_OWN_BEFORE.matcher(window).find()) {
      return false;
    }
    boolean own = OWN_BEFORE.matcher(window).find();
    // Amounts.in, not m.amounts(): "vay thêm 150 triệu nữa" is vague as an amount but still a loan.
    return Amounts.in(folded).stream().anyMatch(a -> a.money() && m.sentenceIndex(a.start()) == sentence
        && !BudgetDoubts.inside(a.start(), a.end(), budget) && borrowed(m.nfc(), folded, a.start())
        && !held(folded, a.start(), a.end())
        && (a.start() > budget.end() || !own));
  }

  /** A loan already taken ({@link #HELD_BEFORE}, {@link #HELD_AFTER}). */
  static boolean held(String folded, int start, int end) {
    String clause = folded.substring(Math.max(0, start - 60), start);
    return HELD_BEFORE.matcher(clause).find() || HELD_AFTER.matcher(folded.substring(end)).find();
  }
}
