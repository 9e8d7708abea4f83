package vn.ketnoi.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money of {@link Money} already spent or committed, so not what the business will spend: "đã đầu
 * tư 5 tỷ", "năm ngoái mua máy 300 triệu", "hợp đồng 800 triệu đã ký". The past reaches to the end
 * of its clause, over the counts and sizes between ("đã đầu tư 2 lò sấy 100 tấn/mẻ hết gần 3 tỷ");
 * so does a loan held or taken ("đang có khoản vay 3 tỷ", "vay 300 triệu năm 2024", "… rồi").
 */
final class PastMoney {
  private PastMoney() {}

  private static final String SPENT =
      "(?:bo ra|bo|chi ra|chi(?! phi)|dau tu|mua|sam|chot|lap dat|lap|xay dung|xay|trang bi|ton|mat(?! troi)"
          + "|het|tieu|nhap|ky ket|ky hop dong|thanh toan|giai ngan)";
  /** The rest of a clause: no stop, no comma (a comma may bring in the present). */
  private static final String REST_OF_CLAUSE = "[^.;!?,\\n]{0,80}";
  /**
   * "đã đầu tư 5 tỷ", "đã từng bỏ ra 400 triệu", "vừa bỏ ra 1,7 tỷ mua 2 lò sấy" (just done):
   * spending done is not spending to come.
   */
  private static final Pattern DONE_SPENT =
      Pattern.compile("(?<![a-z])(da|vua)(?: tung| tu| duoc| moi)? (?:" + SPENT + "|ky)(?![a-z])(" + REST_OF_CLAUSE + ")$");
  /** "Năm 2023 bỏ ra 400 triệu", "năm ngoái mua máy 300 triệu": a past time, then spending. */
  private static final Pattern PAST_SPENT =
      Pattern.compile("(?<![a-z])(?:(?:nam|hoi) (?:19|20)\\d\\d|hoi thang \\d{1,2}|nam ngoai|nam roi|nam truoc|nam kia|truoc day"
          + "|truoc kia|hoi truoc|hoi do|dot truoc|lan truoc|ky truoc|thang truoc|cach day|vua roi|tung)(?![a-z])"
          + "([^.;!?]{0,40}?(?<![a-z])" + SPENT + "(?![a-z])" + REST_OF_CLAUSE + ")$");
  /** What turns a past clause into the present or the future: "giờ cần", "năm nay", "dự kiến". */
  private static final Pattern NOT_PAST =
      Pattern.compile("(?<![a-z])(?:se|can|muon|dinh|du kien|du tinh|ke hoach|sap|chuan bi|mong|gio"
          + "|nay|hien nay|hien tai|tiep theo|toi day|sap toi)(?![a-z])");
  /**
   * "hợp đồng giá trị 800 triệu đã ký", "500 triệu đã chi cho nhà xưởng": the amount, then "đã" and
   * a verb that commits or pays it.
   */
  private static final Pattern DONE_AFTER =
      Pattern.compile("^\\s*(?:(?:dong|vnd|d)(?![a-z]))?[^.;!?,\\n\\d]{0,20}?(?<![a-z])(da)(?: duoc)?"
          + " (?:ky|ky ket|thanh toan|tra|chi|giai ngan|nghiem thu|mua|dau tu|lap dat|bo ra)(?![a-z])");

  /** "hợp đồng trị giá 1,5 tỷ ký năm 2024": the amount, then when it was signed. */
  private static final Pattern SIGNED_WHEN_AFTER =
      Pattern.compile("^\\s*(?:(?:dong|vnd|d)(?![a-z]))?[^.;!?,\\n\\d]{0,12}?(?<![a-z])(ky)(?: ket)?"
          + " (?:nam|thang|ngay|hoi|tu|vao|tuan|dot)(?![a-z])");

  /** "đang có khoản vay 3 tỷ", "đang vay 2 tỷ": a loan the business holds is taken, not to come. */
  private static final Pattern LOAN_HELD =
      Pattern.compile("(?<![a-z])(?:(?:dang|da|hien|van) (?:co )?(?:mot )?khoan vay|dang (?:vay|no)|con no|no vay)"
          + "(?![a-z])[^.;!?,\\n\\d]{0,30}$");
  /** A loan or spending word, then the amount in the same clause ... */
  private static final Pattern LOAN_OR_SPENT_BEFORE =
      Pattern.compile("(?<![a-z])(?:vay|" + SPENT + ")(?![a-z])" + REST_OF_CLAUSE + "$");
  /**
   * ... then, in its clause, the year it was taken ("vay 300 triệu từ Quỹ năm 2024") or "rồi"
   * closing it ("vay 2 ty de xay nha xuong roi, gio …", "dat coc 50tr roi ma …").
   */
  private static final Pattern TAKEN_AFTER =
      Pattern.compile("^[^.;!?,\\n]{0,60}?(?<![a-z])(?:(?:nam|hoi) (?:19|20)\\d\\d(?!\\d)"
          + "|(roi)\\s*(?:[,.;!?\\n]|$|(?:ma|nhung|gio|nay|con)(?![a-z])))");

  /**
   * Spending already done: "đã" right before the spending word (written "đã" in a text with marks,
   * so "máy mài đá, chi …" is not), or a past time before it, with nothing in between that brings
   * the clause back to now ("năm ngoái mua máy sấy, giờ cần máy đóng gói 300 triệu"); or "đã ký",
   * "đã thanh toán" right after the amount, or when it was signed ("ký năm 2024").
   */
  static boolean spent(String nfc, String folded, int start, int end) {
    String before = folded.substring(0, start);
    Matcher done = DONE_SPENT.matcher(before);
    if (done.find() && BudgetRoles.writtenAs(nfc, done.start(1), done.group(1).equals("da") ? "đã" : "vừa")
        && !NOT_PAST.matcher(done.group(2)).find()) {
      return true;
    }
    Matcher past = PAST_SPENT.matcher(before);
    if (past.find() && !NOT_PAST.matcher(past.group(1)).find()) {
      return true;
    }
    Matcher after = DONE_AFTER.matcher(folded.substring(end));
    if (after.find() && BudgetRoles.writtenAs(nfc, end + after.start(1), "đã")) {
      return true;
    }
    Matcher signed = SIGNED_WHEN_AFTER.matcher(folded.substring(end));
    return signed.find() && BudgetRoles.writtenAs(nfc, end + signed.start(1), "ký")
        || LOAN_HELD.matcher(before).find() || taken(nfc, folded, start, end);
  }

  private static int lastStop(String text) {
    int at = -1;
    for (char stop : ".;!?\n".toCharArray()) {
      at = Math.max(at, text.lastIndexOf(stop));
    }
    return at;
  }

  /** A loan or a payment, then when it was taken or "rồi": done, unless its clause looks ahead. */
  private static boolean taken(String nfc, String folded, int start, int end) {
    String before = folded.substring(0, start);
    Matcher verb = LOAN_OR_SPENT_BEFORE.matcher(before);
    Matcher when = TAKEN_AFTER.matcher(folded.substring(end));
    if (!verb.find() || !when.find()) {
      return false;
    }
    // "dự kiến vay 1 tỷ năm 2027": the whole clause, from its start, may look ahead.
    String clause = before.substring(Math.max(before.lastIndexOf(','), lastStop(before)) + 1);
    if (NOT_PAST.matcher(clause + " " + when.group()).find()) {
      return false;
    }
    return when.group(1) == null || BudgetRoles.writtenAs(nfc, end + when.start(1), "rồi");
  }
}
