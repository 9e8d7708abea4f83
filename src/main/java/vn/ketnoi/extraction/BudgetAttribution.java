package vn.ketnoi.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Money.Span;

/**
 * Whether the words around an amount say it is the business's own money for the need. The role
 * rules name what an amount is not (a quote, a revenue, what a neighbour paid); outsiders' tables
 * keep finding roles no list names ("em hỏi mấy chỗ thì báo từ …", "thấy ngoài chợ cho …"). So the
 * amount must also be claimed: by a budget word in its sentence, by the business needing, buying,
 * having or setting money aside in its clause, by the business accepting it after it ("…, bên em
 * chịu được"), or by a clause that holds nothing but a bound or a filler word ("…, tầm 500tr").
 * A form label is a clause's words like any other: "Kinh phí: 2 tỷ" is claimed, "Giá trị: 380
 * triệu (theo báo giá)" is not; an aside in brackets before the amount is no clause. An amount
 * claimed by nothing is no budget: the card lists it as unsure for the business to settle.
 */
final class BudgetAttribution {
  private BudgetAttribution() {}

  /** Words that make any amount after them in the sentence a budget's, unless a role rule says not. */
  private static final Pattern BUDGET_WORD =
      Cues.words("kinh phi|kp|ngan sach|ns|von|du tru|du kien|du tinh|du toan|dau tu|du an|budget|tai chinh"
          + "|kha nang|doi ung|san sang|chap nhan|gia tran|muc tran|goi thau|bang chu|nham|sua lai|dung ra");
  /**
   * The business needing, buying, having, raising or setting aside, or capping what it pays, in the
   * amount's own clause: "cần máy 2 tỷ", "bên mình có 1 tỷ", "em lo 300 triệu" ("lò", a kiln, folds
   * alike, so "lo" needs its subject or "được"), "máy rẻ hơn 500 triệu", "phần thiết bị khoảng 1,5
   * tỷ". A lower bound alone claims nothing: a supplier's minimum order is one; nor does "có giá"
   * ("máy có giá 2,3 tỷ": what the thing costs).
   */
  private static final Pattern OWN_CLAUSE =
      Cues.words("can|mua|muon|dinh|co(?! gia)|chi|tien|tinh|danh|tong|phan|rieng|trong do|hang muc|chuan bi|xoay"
          + "|lo duoc|lo dc|tu lo|(?:em|e|minh|toi|tui|htx|cty|cong ty|xuong|nha|ben em|bon em) lo"
          + "|bo ra|bo them|bo tri|tu bo|bo (?:khoang|tam|chung)|de ra|de rieng|gop|gom"
          + "|de danh|chiu|duyet|cam tay|can doi|huy dong|thu xep|sap xep"
          + "|duoi|khong qua|ko qua|toi da|tro xuong|max|it hon|re hon|kem hon");
  /**
   * The business taking on an amount it has just named: "báo giá 780 triệu, bên em chấp nhận
   * được", "máy khoảng 35 triệu mình mua được", "tầm 5 củ là được".
   */
  private static final Pattern ACCEPTED_AFTER =
      Cues.words("chap nhan|chiu duoc|chiu dc|tu lo|lo duoc|lo dc|dong y|la ok|la dc|la duoc|san sang|tu tra"
          + "|tra du|chuan bi|(?:thi|la) (?:em|e|minh|toi|tui|ben em|cty|htx) mua|mua (?:duoc|dc|luon)");
  /**
   * What a clause may hold before an amount it does not claim otherwise, and what may stand between
   * words of acceptance and the number they accept: bounds, approximations, persons, units.
   */
  private static final Set<String> FILLER = Set.of(
      "tam", "khoang", "chung", "co", "chi", "duoi", "max", "tong", "xap", "xi", "toi", "da", "it",
      "nhat", "tren", "khong", "ko", "k",
      "hong", "qua", "tu", "den", "thoi", "la", "muc", "vao", "tro", "len", "xuong", "lai", "gan", "hon",
      "kem", "trong", "vong", "cung", "ra", "duoc", "dc", "chac", "chan", "e", "em", "a", "anh", "minh",
      "ben", "dong", "vnd", "so", "min", "cao", "nhieu", "thap", "con", "thi", "nha", "o", "tai",
      "thuc", "te", "uoc", "dau", "tieng", "roi", "va", "lam", "dam", "vuot", "chua", "thieu", "giua",
      "re", "phai", "nua", "cong", "d", "tr", "trd", "trieu", "ty", "nghin", "ngan", "dvt");

  /** True when the amount is claimed before or after it, or its clause says nothing else. */
  static boolean claimed(String nfc, String folded, Span amount) {
    String sentence = folded.substring(BudgetRoles.sentenceStart(nfc, amount.start()), amount.start());
    String clause = lastPart(sentence.replaceAll("\\([^()]*\\)", " "), "[,(]");
    return BUDGET_WORD.matcher(sentence).find() || OWN_CLAUSE.matcher(clause).find()
        || acceptedAfter(nfc, folded, amount.end()) || onlyFiller(lastPart(clause, "[\\-–]"));
  }

  /**
   * Whether the business accepts the amount after it, in the rest of its sentence or the next one
   * ("chắc phải hơn 500 triệu / Bên em chịu được"), up to the next number; words of acceptance
   * right before that number accept it instead ("báo 2 tỷ, em lo được 1,5" accepts the 1,5).
   */
  private static boolean acceptedAfter(String nfc, String folded, int end) {
    int next = BudgetRoles.sentenceEnd(nfc, end);
    while (next < nfc.length() && ".!?;\n ".indexOf(nfc.charAt(next)) >= 0) {
      next++;
    }
    String[] upToNumber = folded.substring(end, BudgetRoles.sentenceEnd(nfc, next)).split("\\d", 2);
    Matcher accepts = ACCEPTED_AFTER.matcher(upToNumber[0]);
    while (accepts.find()) {
      if (upToNumber.length == 1 || !onlyFiller(upToNumber[0].substring(accepts.end()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyFiller(String clause) {
    for (String word : clause.split("[^a-z]+")) {
      if (!word.isEmpty() && !FILLER.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String lastPart(String text, String separators) {
    String[] parts = text.split(separators, -1);
    return parts[parts.length - 1];
  }
}
