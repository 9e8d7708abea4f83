package vn.ketnoi.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Money;
import vn.ketnoi.text.Fold;

/**
 * A later message that names the budget with its label and then says where the money comes from:
 * "tổng là 1,2 tỷ nha, 400tr là vốn tự có, 800tr vay", "kinh phí khoảng 700 triệu, trong đó tự có
 * 500tr còn lại vay", "tổng 2,5 tỷ, Sở hỗ trợ 30% là 750 triệu". Read alone, such a message leaves
 * the budget unsure, because outside readers split on a total beside a loan or a share; said to
 * the bot beside a card that lists the amount as unsure, or answering for it, the label is the
 * business settling which figure the card should hold. The card, shown again, lets it check.
 */
final class BudgetNamed {
  private BudgetNamed() {}

  /** A budget's label right before its amount (the card's own example says "kinh phí 500 triệu"). */
  private static final Pattern LABEL =
      Pattern.compile("(?<![a-z])(?:tong(?: cong| kinh phi| muc dau tu| dau tu| chi phi| von(?: dau tu)?)?"
          + "|kinh phi(?: du kien)?|ngan sach)(?: (?:la|khoang|tam|chung|co|du kien|du tinh|cua em|ben em))*"
          + "\\s*[:=]?\\s*(?=\\d)");
  /** Where the labelled amount's clause ends: a comma or stop that is no decimal mark, a line. */
  private static final Pattern CLAUSE_END =
      Pattern.compile("[,.](?!\\d)|[;\\n]|(?<![a-z])(?:trong do|con lai|nhung)(?![a-z])");
  private static final Pattern ASKING =
      Pattern.compile("\\?|(?<![a-z])(?:bao nhieu|duoc khong|co duoc|phai khong)(?![a-z])");

  /** The budget the labelled clause gives, when the whole message leaves it unsure; else null. */
  static NeedCard of(Draft draft, String text) {
    String nfc = Fold.nfc(text);
    String folded = Fold.fold(nfc);
    Matcher label = LABEL.matcher(folded);
    if (draft.isEmpty() || ASKING.matcher(folded).find() || Money.find(nfc) != null || !label.find()) {
      return null;
    }
    return clauseFrom(nfc, folded, label.start());
  }

  /**
   * The same for a value typed into the budget field picked from "Sửa" ("900 triệu, xin Sở hỗ trợ
   * 30%"): the field is the label, so its first clause is the budget.
   */
  static NeedCard typedInField(String text) {
    String nfc = Fold.nfc(text);
    String folded = Fold.fold(nfc);
    return ASKING.matcher(folded).find() ? null : clauseFrom(nfc, folded, 0);
  }

  private static NeedCard clauseFrom(String nfc, String folded, int start) {
    Matcher end = CLAUSE_END.matcher(folded);
    int to = end.find(start + 1) ? end.start() : folded.length();
    Money.Budget budget = Money.find(nfc.substring(start, to));
    return budget == null ? null
        : NeedCard.EMPTY.withBudget(budget.min(), budget.max());
  }
}
