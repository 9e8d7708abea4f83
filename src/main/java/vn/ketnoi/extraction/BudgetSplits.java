package vn.ketnoi.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.BudgetDoubts.Message;

/**
 * A split of the money stated in percent ("xin hỗ trợ 30%", "vốn đối ứng chiếm 70%", "30% kinh
 * phí"), in any sentence of the message: whose the amount is, and what is left, is unclear. Outside
 * labellers wrote the total for some of these and nothing for the same words elsewhere ("Tổng mức
 * đầu tư: 3,5 tỷ. / Đề nghị hỗ trợ: 30%" and "Kinh phí dự kiến: 1,5 tỷ / Đề nghị hỗ trợ: 30%"),
 * so a careful reader's answer is none: only a number every reader writes is stored.
 */
final class BudgetSplits {
  private BudgetSplits() {}

  /** A percentage of the money or the support: "xin hỗ trợ 30%", "tự đối ứng 50%", "30% kinh phí". */
  private static final Pattern PERCENT_SHARE =
      Pattern.compile("(?<![a-z])(?:ho tro|doi ung|tai tro|chiu|tu chi|tu bo|gop|tra truoc|dat coc|coc"
          + "|chi tra|cap|xin|de nghi|vay|von|tu co)(?:\\s+(?!lai)[^\\s\\d.,;!?:]+){0,3}\\s*:?\\s+\\d+(?:[.,]\\d+)?"
          + "\\s*(?:%|phan tram)"
          + "|\\d+(?:[.,]\\d+)?\\s*(?:%|phan tram)\\s+(?:cua\\s+)?(?:kinh phi|chi phi|von|tong|gia tri|du an"
          + "|so tien|ngan sach)"
          + "|(?:von|doi ung|tu co|kinh phi)(?:\\s+[^\\s\\d.,;!?]+){0,5}\\s+chiem\\s+\\d+(?:[.,]\\d+)?"
          + "\\s*(?:%|phan tram)");
  /**
   * A split said in words: a loan or support inside the total ("trong đó vay ngân hàng 3 tỷ",
   * "trong đó tỉnh hỗ trợ 500 triệu"), support asked with its figure ("Ngân sách 2 tỷ, nhưng chủ
   * yếu xin Sở 1 tỷ"), sources that mix own money and a loan ("Nguồn vốn: vốn tự có và vay ngân
   * hàng"). A part asked of the Sở with no figure ("Kinh phí 2,5 tỷ. Đề nghị Sở hỗ trợ một phần
   * kinh phí") leaves the total: the contract's dev set says so.
   */
  private static final Pattern SPLIT_IN_WORDS =
      Cues.words("trong do(?: [a-z]+){0,4}? (?:vay|von vay|ngan hang|ho tro|tai tro)"
          + "|(?:xin|de nghi|mong|kien nghi)(?: (?:so|tinh|nha nuoc|ubnd))?(?: ho tro| tai tro)?(?: kinh phi)?"
          + " (?:khoang |tam |la )?\\d+(?:[.,]\\d+)?\\s*(?:trieu|ty|ti|tr|cu|nghin|ngan|dong)"
          + "|(?:von )?tu co (?:va|cong|\\+|,) (?:von )?vay|vay (?:va|\\+) (?:von )?tu co");
  /** "tự có 100%": all of it is the business's, no split. */
  private static final Pattern WHOLE = Pattern.compile("(?<![\\d.,])100\\s*(?:%|phan tram)");
  /** The business's own part named before the amount: it is the part, not the total. */
  private static final Pattern OWN_PART =
      Cues.words("doi ung|tu co|phan con lai|con lai|tu chi|tu bo|tu lo|bo von|bo ra|chiu phan"
          + "|phan (?:cua )?(?:cong ty|em|minh|doanh nghiep|htx|chung toi)(?: tu)? (?:chi|bo|lo|chiu|tra)"
          + "|phan cua (?:cong ty|em|minh|doanh nghiep|htx|chung toi)");
  /**
   * "đối ứng 60% cho dự án 1,5 tỷ", "phần còn lại bên em tự lo, tổng mức đầu tư khoảng 5 tỷ": after
   * the own part, the amount is the whole; unless it is said to be the part ("45% tổng dự toán,
   * bằng 405 triệu", "vốn tự có dành cho dự án là 5 tỷ").
   */
  private static final Pattern OF_THE_WHOLE = Cues.words("(?:cho|cua|tren) (?:du an|tong|toan bo|ca)|tong");
  private static final Pattern EQUALS = Cues.words("bang|tuong duong|tuc la|tuc|la");
  /** In another sentence, a percentage only asked about, supposed, a programme's rule or the past. */
  private static final Pattern NOT_STATED =
      Cues.words("neu|gia su|truong hop|toi da|khong qua|chinh sach|chuong trinh|quy dinh|co duoc|duoc khong"
          + "|phai khong|hay khong|bao nhieu|nam 20\\d\\d|da duoc|da nhan|truoc day|lan truoc|nam ngoai|nam roi");
  private static final Pattern ASKING_END =
      Pattern.compile("(?<![a-z])(?:khong|ko|hong|hem|khum)(?: a| ha| vay)?\\s*$");

  /** True when a partial split is stated beside the amount, which is not the business's part itself. */
  static boolean splitStated(Message m, int budgetStart, String window) {
    Matcher own = OWN_PART.matcher(window);
    int ownEnd = -1;
    while (own.find()) {
      ownEnd = own.end();
    }
    if (ownEnd >= 0 && !ofTheWhole(window.substring(Math.max(ownEnd, window.lastIndexOf('%') + 1)))) {
      return false;
    }
    String folded = m.folded();
    int budgetSentence = m.sentenceIndex(budgetStart);
    int start = 0;
    int index = 0;
    Matcher end = BudgetDoubts.SENTENCE_END.matcher(folded);
    while (start <= folded.length()) {
      boolean found = end.find();
      int to = found ? end.start() : folded.length();
      String sentence = folded.substring(start, to);
      boolean asked = found && folded.charAt(to) == '?' || ASKING_END.matcher(sentence).find();
      boolean stated = !asked && !NOT_STATED.matcher(sentence).find();
      boolean split = percentSplit(sentence) && (index == budgetSentence || stated);
      if (split || stated && SPLIT_IN_WORDS.matcher(sentence).find()) {
        return true;
      }
      if (!found) {
        return false;
      }
      start = end.end();
      index++;
    }
    return false;
  }

  private static boolean ofTheWhole(String sinceOwnPart) {
    return OF_THE_WHOLE.matcher(sinceOwnPart).find() && !EQUALS.matcher(sinceOwnPart).find();
  }

  private static boolean percentSplit(String sentence) {
    Matcher share = PERCENT_SHARE.matcher(sentence);
    while (share.find()) {
      if (!WHOLE.matcher(share.group()).find()) {
        return true;
      }
    }
    return false;
  }
}
