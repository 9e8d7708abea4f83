package vn.ketnoi.extraction;

import java.util.regex.Pattern;
import vn.ketnoi.extraction.Money.Span;

/**
 * Money {@link Money} must not take for the technology's budget although the business holds it or
 * names it: savings or family money of which only a part is to be used ("có sổ tiết kiệm 400
 * triệu, tính rút ra chừng 250 thôi": the 250, or nothing when the part is a share, "nửa số đó"), a
 * budget for everything it does ("ngân sách năm nay 1,2 tỷ cho tất cả các việc"), and an own part
 * beside a rest to be financed ("lo được 2 tỷ, còn lại xin trả góp": the total and the part both
 * claim the name).
 */
final class BudgetHeld {
  private BudgetHeld() {}

  /** Money held: savings, what the family put together, capital raised. */
  private static final Pattern HELD_BEFORE =
      Pattern.compile("(?<![a-z])(?:so tiet kiem|tien tiet kiem|tiet kiem duoc|de danh(?: duoc)?|tich luy duoc"
          + "|tich cop duoc|gop von(?: duoc)?|goi von(?: duoc)?|von gia dinh|tien gia dinh|tien nha)(?![a-z])"
          + "[^.;!?\\n\\d]{0,25}$");
  /** ... then, in what follows, a part of it to be drawn or put in. */
  private static final Pattern PART_USED_AFTER =
      Pattern.compile("^[^.;!?\\n]{0,60}?(?<![a-z])(?:rut ra|rut|dua vao|dung|trich|danh (?:ra|cho)|bo (?:ra|vao)"
          + "|bo|chi (?:ra|cho)|dau tu)(?![a-z])");
  /** "1,2 tỷ cho tất cả các việc", "cho mọi hoạt động", "cho cả năm": money for everything. */
  private static final Pattern FOR_EVERYTHING_AFTER =
      Pattern.compile("^[^.;!?\\n\\d]{0,20}?(?<![a-z])cho (?:tat ca|moi|toan bo|ca)(?: cac)?"
          + " (?:viec|cong viec|hoat dong|khoan chi|muc chi|chi tieu|nam)(?![a-z])");
  /** "còn lại xin trả góp", "phần còn lại vay", "số còn lại đề nghị hỗ trợ": the rest financed. */
  private static final Pattern REST_FINANCED_AFTER =
      Pattern.compile("^[^.;!?\\n]{0,40}?(?<![a-z])con lai(?: [a-z]+){0,3}? (?:tra gop|vay|xin|de nghi|mong"
          + "|nho|ho tro|tai tro|tra cham|no)(?![a-z])");

  /** Not the technology's budget: money held of which a part is used, or money for everything. */
  static boolean notForIt(String folded, Span s) {
    String after = folded.substring(s.end());
    return HELD_BEFORE.matcher(folded.substring(0, s.start())).find() && PART_USED_AFTER.matcher(after).find()
        || FOR_EVERYTHING_AFTER.matcher(after).find();
  }

  /** The chosen budget is the business's part, the rest to be financed: part or total, unsure. */
  static boolean restFinanced(String folded, Span budget) {
    return REST_FINANCED_AFTER.matcher(folded.substring(budget.end())).find();
  }
}
