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
  /** "có 1 tỷ để dành", "500 triệu tiền tiết kiệm": the same said after the amount. */
  private static final Pattern HELD_AFTER =
      Pattern.compile("^\\s*(?:(?:dong|vnd|d)\\s+)?(?:tien )?(?:de danh|tiet kiem|tich luy|tich cop|gui (?:ngan hang|tiet kiem))"
          + "(?![a-z])");
  /** ... then, in what follows, a part of it to be drawn or put in. */
  private static final Pattern PART_USED_AFTER =
      Pattern.compile("^[^.;!?\\n]{0,60}?(?<![a-z])(?:rut ra|rut|dua vao|dung|trich|danh (?:ra|cho)|bo (?:ra|vao)"
          + "|bo|chi (?:ra|cho)|dau tu)(?![a-z])");
  /**
   * "Quỹ đầu tư phát triển của HTX hiện còn 640 triệu", "Quỹ … với số dư 420 triệu": a fund's
   * balance is what the business holds, not what it will spend on the technology.
   */
  private static final Pattern BALANCE_BEFORE =
      Pattern.compile("(?<![a-z])(?:(?<!co )so du(?! tinh| kien| an| toan| dinh| tru)|quy(?![a-z])[^.;!?\\n\\d]{0,60}(?<![a-z])(?:hien con|con lai|con))"
          + "(?![a-z])[^.;!?\\n\\d]{0,15}$");
  /**
   * "đã đặt cọc 250 triệu … (giá trị hợp đồng 1,9 tỷ)", "đang thực hiện hợp đồng cung cấp gạch …
   * trị giá 8 tỷ": the value of a contract under way is money agreed with another party (or
   * earned); readers split on whether it is the budget, so it is not. "Giá trị hợp đồng khoảng 2
   * tỷ" alone, or "dự kiến" before it, is a plan.
   */
  private static final Pattern CONTRACT_BEFORE =
      Pattern.compile("(?<![a-z])hop dong(?![a-z])(?:(?!du kien|du tinh|se |dinh )[^.;!?\\n\\d]){0,60}$");
  /** "đối ứng bằng nhà xưởng và công lao động (quy đổi khoảng 300 triệu)": in kind, not money. */
  /** ... when the contract is under way: a deposit paid, signed, being carried out. */
  private static final Pattern CONTRACT_UNDER_WAY =
      Pattern.compile("(?<![a-z])(?:(?<!ep |dong )coc|da ky|ky ket|dang thuc hien)(?![a-z])");
  private static final Pattern IN_KIND_BEFORE =
      Pattern.compile("(?<![a-z])bang (?:nha xuong|dat|mat bang|cong|lao dong|hien vat|tai san|ngay cong)"
          + "(?![a-z])[^.;!?\\n\\d]{0,50}$");
  /** "dự án trồng tre 500 ha tổng vốn 12 tỷ của tỉnh": a public body's project money. */
  private static final Pattern PUBLIC_AFTER =
      Pattern.compile("^\\s*(?:(?:dong|vnd|d)\\s+)?cua (?:tinh|so|nha nuoc|ubnd|huyen|thanh pho|chinh phu"
          + "|trung uong|xa)(?![a-z])");
  /** "1,2 tỷ cho tất cả các việc", "cho mọi hoạt động", "cho cả năm": money for everything. */
  private static final Pattern FOR_EVERYTHING_AFTER =
      Pattern.compile("^[^.;!?\\n\\d]{0,20}?(?<![a-z])cho (?:tat ca|moi|toan bo|ca)(?: cac)?"
          + " (?:viec|cong viec|hoat dong|khoan chi|muc chi|chi tieu|nam)(?![a-z])");
  /** "…, hạng mục xử lý nước thải chưa phân bổ": the share of this need is not settled. */
  private static final Pattern NOT_ALLOCATED_AFTER =
      Pattern.compile("^[^\\n]{0,120}?(?<![a-z])chua (?:phan bo|chia|tach|xac dinh phan|ro phan)(?![a-z])");
  /** "còn lại xin trả góp", "phần còn lại vay", "số còn lại đề nghị hỗ trợ": the rest financed. */
  private static final Pattern REST_FINANCED_AFTER =
      Pattern.compile("^[^.;!?\\n]{0,40}?(?<![a-z])con lai(?: [a-z]+){0,3}? (?:tra gop|vay|xin|de nghi|mong"
          + "|nho|ho tro|tai tro|tra cham|no)(?![a-z])");

  /**
   * Not the technology's budget: money held of which a part is used, a fund's balance, a
   * contract's value, a contribution in kind, a public body's project, money for everything, or
   * a loan.
   */
  static boolean notForIt(String nfc, String folded, Span s) {
    String before = folded.substring(0, s.start());
    String after = folded.substring(s.end());
    boolean held = HELD_BEFORE.matcher(before).find() || HELD_AFTER.matcher(after).find();
    return held && PART_USED_AFTER.matcher(after).find()
        || BALANCE_BEFORE.matcher(before).find() || CONTRACT_BEFORE.matcher(before).find() && CONTRACT_UNDER_WAY.matcher(folded).find()
        || IN_KIND_BEFORE.matcher(before).find()
        || FOR_EVERYTHING_AFTER.matcher(after).find() || PUBLIC_AFTER.matcher(after).find()
        || BudgetLoans.borrowed(nfc, folded, s.start());
  }

  /**
   * The chosen budget is the business's part, the rest to be financed, or a whole whose part for
   * this need is not allocated: part or total, unsure.
   */
  static boolean restFinanced(String folded, Span budget) {
    String after = folded.substring(budget.end());
    return REST_FINANCED_AFTER.matcher(after).find() || NOT_ALLOCATED_AFTER.matcher(after).find();
  }
}
