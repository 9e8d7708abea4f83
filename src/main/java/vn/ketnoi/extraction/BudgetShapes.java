package vn.ketnoi.extraction;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Money.Span;
import vn.ketnoi.text.Fold;

/**
 * Whether a single amount {@link Money} chose may be stored as one: only when nothing in its
 * sentence makes it a bound or lets it move. When a bound, raise or limit word stands there ("chỉ",
 * "cố", "dám", "quá", "hết … thì thôi", "lên", "thêm", "cũng được", "tối đa") and no rule read it
 * into the budget's shape, the business said a ceiling or a raise the rules did not read: no budget
 * rather than a single number ("lo được 300 triệu, cố lắm thì …", "ngan sach chi 80 trieu thoi").
 * "X thôi" alone stays a single amount, as most outside readers read it.
 */
final class BudgetShapes {
  private BudgetShapes() {}

  /**
   * Limit words written with their marks: "cố", "dám" and "quá" fold like "có", "đảm" and "qua";
   * "quá" bounds only before a number ("quá cao" is no bound); "chỉ cần" limits the need, not the
   * money ("em chỉ cần máy tầm 200 triệu").
   */
  private static final Pattern MARKED =
      Pattern.compile("(?<!\\p{L})(?:chỉ(?! cần)|cố|dám|tối đa|quá(?=\\s*(?:\\p{L}+\\s+){0,2}\\d))(?!\\p{L})");
  /** The same said in a sentence typed without marks, where only their use tells them apart. */
  private static final Pattern PLAIN =
      Pattern.compile("(?<![a-z])(?:chi(?: (?:co|con|lo|xoay|gom|du|dam|chuan bi|khoang|tam|co the))?"
          + "(?=\\s*\\d)|chi (?:co|con|lo|xoay|gom|du|dam|chuan bi)|co gang|(?:khong|ko|k|chi|chang) dam"
          + "|toi da (?=\\d))(?![a-z])");
  /**
   * Said either way: a raise to an amount, an amount the business also accepts ("150 cũng được",
   * not "máy nước nào cũng được"), what it stops at.
   */
  private static final Pattern EITHER =
      Pattern.compile("(?<![a-z])(?:(?:nang |tang |day |keo )?len (?:(?:toi|den|duoc|muc|khoang|tam|chung) )*(?=\\d)"
          + "|(?:khong|ko|k) (?:dam )?qua"
          + "|(?<=\\d)\\s*(?:(?:trieu|ty|ti|tr|cu|dong|vnd|ruoi)\\s+){0,2}cung (?:duoc|ok|chiu duoc|chap nhan)"
          + "|het[^.!?;\\n]{0,20} (?:thi|la) (?:thoi|thui|chiu))(?![a-z])");

  /**
   * The budget's sentence since the money amount before it: a word before that amount is its own
   * ("Sở hỗ trợ tối đa 300 triệu, bên em … khoảng 120 triệu").
   */
  private static String clause(String nfc, Span budget) {
    int from = BudgetRoles.sentenceStart(nfc, budget.start());
    for (Amounts.Amount a : Amounts.in(nfc)) {
      if (a.money() && a.end() <= budget.start() && a.end() > from) {
        from = a.end();
      }
    }
    return nfc.substring(from, BudgetRoles.sentenceEnd(nfc, budget.start()));
  }

  /** True when {@code budget} is one amount whose sentence bounds it or lets it move. */
  static boolean unsettled(String nfc, Span budget) {
    if (budget.min() == null || !budget.min().equals(budget.max())) {
      return false;
    }
    String sentence = clause(nfc, budget);
    String plain = Fold.fold(sentence);
    boolean typedPlain = Fold.isPlain(sentence);
    return EITHER.matcher(plain).find()
        || (typedPlain ? PLAIN.matcher(plain).find()
            : MARKED.matcher(sentence.toLowerCase(Locale.ROOT)).find());
  }
}
