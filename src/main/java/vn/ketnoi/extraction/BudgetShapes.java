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
   * "chỉ" before the amount, in its own clause, written with its marks or, typed plain, in a use
   * that only "chỉ" has ("chi 80 trieu", "chi con lo"); "chỉ cần" limits the need, not the money
   * ("em chỉ cần máy tầm 200 triệu").
   */
  private static final Pattern ONLY_MARKED = Pattern.compile("(?<!\\p{L})chỉ(?! cần)(?!\\p{L})");
  private static final Pattern ONLY_PLAIN =
      Pattern.compile("(?<![a-z])chi(?: (?:co|con|lo|xoay|gom|du|dam|chuan bi|khoang|tam|co the))?(?=\\s*\\d)"
          + "|(?<![a-z])chi (?:co|con|lo|xoay|gom|du|dam|chuan bi)(?![a-z])");
  /** "cố", "dám" written with their marks (they fold like "có", "đảm"); "tối đa" like "tôi đã". */
  private static final Pattern MARKED = Pattern.compile("(?<!\\p{L})(?:cố|dám|tối đa)(?!\\p{L})");
  private static final Pattern PLAIN =
      Pattern.compile("(?<![a-z])(?:co gang|(?:khong|ko|k|chi|chang) dam|toi da (?=\\d))(?![a-z])");
  /**
   * Said either way: "quá" and "lên" before a number (not "quá cao", "lên men"), an amount the
   * business also accepts ("150 cũng được", not "máy nước nào cũng được"), what it stops at, and
   * "gần X", "ngót (nghét) X" (nearly X: about X to some readers, at most X to others), and "X hay /
   * hoặc Y" ("600 hay 700 triệu": a range to some readers, the one not yet chosen to others).
   */
  private static final Pattern EITHER =
      Pattern.compile("(?<![a-z])(?:(?:nang |tang |day |keo )?len (?:(?:toi|den|duoc|muc|khoang|tam|chung) )*(?=\\d)"
          + "|qua(?=\\s*(?:[a-z]+\\s+){0,2}\\d)"
          + "|(?<=\\d)\\s*(?:(?:trieu|ty|ti|tr|cu|dong|vnd|ruoi)\\s+){0,2}cung (?:duoc|ok|chiu duoc|chap nhan)"
          + "|het[^.!?;\\n]{0,20} (?:thi|la) (?:thoi|thui|chiu)"
          + "|them (?:mot )?(?:chut|it|xiu|chut xiu)(?: [a-z]+){0,3} cung (?:duoc|dc|ok|chiu duoc)"
          + "|(?<=\\d)\\s*(?:(?:trieu|ty|ti|tr|cu|k|nghin|ngan)\\s+)?(?:hay|hoac)(?: la)?\\s+(?:(?:khoang|tam|chung) )?(?=\\d)"
          + "|(?:gan|ngot(?: nghet)?)(?= (?:(?:khoang|tam|chung) )?(?:\\d|mot|hai|ba|bon|nam|sau|bay|tam|chin|nua|tram|ty)))(?![a-z])");

  /** "700 triệu ± 50", "700 trên dưới 50", "hơn kém 50": an amount and a margin, a range never computed. */
  private static final Pattern PLUS_MINUS =
      Pattern.compile("^\\s*(?:±|\\+/-|\\+-|(?<![a-z])(?:tren duoi|hon kem|cong tru|xe dich)(?![a-z]))"
          + "\\s*(?:khoang |tam |chung )?\\d");

  private static boolean withMargin(String nfc, Span budget) {
    return PLUS_MINUS.matcher(Fold.fold(nfc.substring(budget.end()))).find();
  }

  /** True when {@code budget} is one amount whose clause bounds it or lets it move. */
  static boolean unsettled(String nfc, Span budget) {
    if (budget.min() == null || !budget.min().equals(budget.max())) {
      return false;
    }
    // Each side with the amount itself, which the words around it lead to or follow.
    String before = nfc.substring(clauseStart(nfc, budget), budget.end());
    String after = nfc.substring(budget.start(), BudgetRoles.sentenceEnd(nfc, budget.end()));
    boolean only = Fold.isPlain(before) ? ONLY_PLAIN.matcher(Fold.fold(before)).find()
        : ONLY_MARKED.matcher(before.toLowerCase(Locale.ROOT)).find();
    return only || bounded(before) || bounded(after) || withMargin(nfc, budget);
  }

  private static boolean bounded(String text) {
    String plain = Fold.fold(text);
    return EITHER.matcher(plain).find()
        || (Fold.isPlain(text) ? PLAIN.matcher(plain).find()
            : MARKED.matcher(text.toLowerCase(Locale.ROOT)).find());
  }

  /**
   * Where the budget's clause starts: its sentence, since the comma and the money amount before
   * it (a word before that amount is its own: "Sở hỗ trợ tối đa 300 triệu, bên em … 120 triệu").
   */
  private static int clauseStart(String nfc, Span budget) {
    int from = Math.max(BudgetRoles.sentenceStart(nfc, budget.start()),
        nfc.lastIndexOf(',', budget.start() - 1) + 1);
    for (Amounts.Amount a : Amounts.in(nfc)) {
      if (a.money() && a.end() <= budget.start() && a.end() > from) {
        from = a.end();
      }
    }
    return from;
  }
}
